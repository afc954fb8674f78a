-- The loans table as it was before it had its foreign key, with a loan of a book that does not exist.
ALTER TABLE loans DROP CONSTRAINT loans_book_id_fkey;
INSERT INTO loans (book_id, borrower, loaned_on) VALUES (99, 'Noor', '2026-04-01');
