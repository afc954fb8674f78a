-- Prefix: any word starting with "data" (data, database, databases, …).
SELECT docid, title FROM articles_fts WHERE articles_fts MATCH 'data*' ORDER BY docid;

-- Phrase: these words next to each other, in this order.
SELECT docid, title FROM articles_fts WHERE articles_fts MATCH '"full-text search"' ORDER BY docid;

-- Column filter and boolean operators (upper case): OR, NOT, parentheses.
SELECT docid, title FROM articles_fts WHERE articles_fts MATCH 'title:django NOT slow' ORDER BY docid;
