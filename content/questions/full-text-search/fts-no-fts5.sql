CREATE VIRTUAL TABLE articles_fts5 USING fts5(title, body);
