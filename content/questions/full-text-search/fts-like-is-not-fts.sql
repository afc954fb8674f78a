-- LIKE matches a substring anywhere: "sql" inside PostgreSQL, MySQL, SQLite…
SELECT id, title FROM articles WHERE title || ' ' || body LIKE '%sql%' ORDER BY id;

-- MATCH matches whole words: only the articles that use the word "SQL".
SELECT docid AS id, title FROM articles_fts WHERE articles_fts MATCH 'sql' ORDER BY docid;
