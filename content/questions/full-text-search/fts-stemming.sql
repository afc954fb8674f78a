-- The same text indexed twice: the default "simple" tokenizer, and the Porter stemmer.
CREATE VIRTUAL TABLE plain_fts USING fts4(title, body);
CREATE VIRTUAL TABLE stemmed_fts USING fts4(title, body, tokenize=porter);
INSERT INTO plain_fts (docid, title, body) SELECT id, title, body FROM articles;
INSERT INTO stemmed_fts (docid, title, body) SELECT id, title, body FROM articles;

SELECT
  q.word,
  (SELECT group_concat(docid, ', ' ORDER BY docid) FROM plain_fts WHERE plain_fts MATCH q.word) AS simple_finds,
  (SELECT group_concat(docid, ', ' ORDER BY docid) FROM stemmed_fts WHERE stemmed_fts MATCH q.word) AS porter_finds
FROM (SELECT 1 AS n, 'lock' AS word UNION ALL SELECT 2, 'indexes' UNION ALL SELECT 3, 'migrations') AS q
ORDER BY q.n;
