-- The full-text index from the first example.
CREATE VIRTUAL TABLE articles_fts USING fts4(title, body);
INSERT INTO articles_fts (docid, title, body) SELECT id, title, body FROM articles;
