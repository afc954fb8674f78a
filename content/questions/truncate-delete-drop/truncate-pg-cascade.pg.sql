TRUNCATE books CASCADE;  -- also truncates loans, which references books
SELECT (SELECT count(*) FROM books) AS books,
       (SELECT count(*) FROM loans) AS loans,
       (SELECT count(*) FROM authors) AS authors;
