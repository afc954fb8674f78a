PRAGMA foreign_keys;  -- 0: this connection does not enforce foreign keys

-- A loan of book 99, which does not exist: accepted.
INSERT INTO loans (book_id, borrower, loaned_on) VALUES (99, 'Ines', '2026-04-01');
-- Delete a book that has loans: ON DELETE CASCADE does not run either.
DELETE FROM books WHERE id = 1;

-- The damage, found after the fact: every row whose reference points nowhere.
PRAGMA foreign_key_check;
