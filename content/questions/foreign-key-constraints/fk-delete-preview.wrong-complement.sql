-- "Not by an author born in 1930 or later" is not "by an author born before 1930": an author with an unknown birth year is not deleted, so their books keep their author.
SELECT 'authors' AS table_name, id, 'deleted' AS action
FROM authors
WHERE born < 1930
UNION ALL
SELECT 'books', id, 'set null'
FROM books
WHERE author_id NOT IN (SELECT id FROM authors WHERE born >= 1930)
ORDER BY table_name, id;
