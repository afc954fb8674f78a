-- SQLite's TRUNCATE: a DELETE with no WHERE clause.
DELETE FROM loans;
SELECT changes() AS rows_deleted;  -- still counted, even when SQLite frees the pages in one step

SELECT count(*) AS loans_left FROM loans;
SELECT count(*) AS books_left FROM books;  -- the table and the other tables are untouched
