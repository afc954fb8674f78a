-- SQLite's TRUNCATE: a DELETE with no WHERE clause.
DELETE FROM loans;

SELECT count(*) AS loans_left FROM loans;
SELECT count(*) AS books_left FROM books;  -- the table and the other tables are untouched
