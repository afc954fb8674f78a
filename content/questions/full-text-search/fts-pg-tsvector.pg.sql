SELECT id, title,
       round(ts_rank(to_tsvector('english', title || ' ' || body),
                     websearch_to_tsquery('english', 'indexes or migrations'))::numeric, 4) AS rank
FROM articles
WHERE to_tsvector('english', title || ' ' || body) @@ websearch_to_tsquery('english', 'indexes or migrations')
ORDER BY rank DESC, id;
SELECT to_tsvector('english', 'Indexing the indexes') AS lexemes,
       websearch_to_tsquery('english', 'indexes or migrations') AS query;
