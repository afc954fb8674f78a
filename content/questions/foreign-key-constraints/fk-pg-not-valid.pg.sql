-- NOT VALID: added at once, without checking the rows already there (book 99 does not exist).
ALTER TABLE loans ADD CONSTRAINT loans_book_id_fkey FOREIGN KEY (book_id) REFERENCES books (id) NOT VALID;
SELECT conname, convalidated FROM pg_constraint WHERE conname = 'loans_book_id_fkey';
-- VALIDATE checks the old rows, and finds the loan of book 99.
ALTER TABLE loans VALIDATE CONSTRAINT loans_book_id_fkey;
