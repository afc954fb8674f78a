-- A full-text index over the articles; docid is the article's id.
CREATE VIRTUAL TABLE articles_fts USING fts4(title, body);
INSERT INTO articles_fts (docid, title, body) SELECT id, title, body FROM articles;

-- Rows containing both words, in any column, in any order.
SELECT docid, title FROM articles_fts WHERE articles_fts MATCH 'query database' ORDER BY docid;
