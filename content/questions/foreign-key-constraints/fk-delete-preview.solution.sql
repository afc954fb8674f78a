SELECT 'authors' AS table_name, id, 'deleted' AS action
FROM authors
WHERE born < 1930
UNION ALL
SELECT 'books', id, 'set null'
FROM books
WHERE author_id IN (SELECT id FROM authors WHERE born < 1930)
ORDER BY table_name, id;
