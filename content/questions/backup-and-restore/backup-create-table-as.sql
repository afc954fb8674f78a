-- A tempting shortcut for a copy: CREATE TABLE … AS SELECT.
CREATE TABLE books_copy AS SELECT * FROM books;

SELECT (SELECT count(*) FROM books_copy) AS rows_copied;
SELECT name, sql FROM sqlite_schema WHERE name IN ('books', 'books_copy');
