PRAGMA foreign_keys = ON;
SELECT id, book_id, borrower FROM loans WHERE book_id = 1;

DELETE FROM books WHERE id = 1;  -- A Wizard of Earthsea

SELECT count(*) AS loans_of_book_1, (SELECT count(*) FROM loans) AS loans_left
FROM loans WHERE book_id = 1;
