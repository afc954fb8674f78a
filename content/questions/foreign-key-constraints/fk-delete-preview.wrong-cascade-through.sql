-- Treats books.author_id as ON DELETE CASCADE: the books are not deleted (their author_id is set to NULL), so their loans stay too.
SELECT 'authors' AS table_name, id, 'deleted' AS action
FROM authors
WHERE born < 1930
UNION ALL
SELECT 'books', id, 'deleted'
FROM books
WHERE author_id IN (SELECT id FROM authors WHERE born < 1930)
UNION ALL
SELECT 'loans', l.id, 'deleted'
FROM loans AS l
JOIN books AS b ON b.id = l.book_id
WHERE b.author_id IN (SELECT id FROM authors WHERE born < 1930)
ORDER BY table_name, id;
