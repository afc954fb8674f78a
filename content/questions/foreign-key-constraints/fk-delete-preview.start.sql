-- Tables: authors (id, name, born), books (id, title, author_id, published), loans (id, book_id, …).
SELECT 'authors' AS table_name, id, 'deleted' AS action
FROM authors
WHERE born < 1930
ORDER BY table_name, id;
