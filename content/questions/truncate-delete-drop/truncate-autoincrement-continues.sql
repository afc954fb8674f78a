DELETE FROM loans;
INSERT INTO loans (book_id, borrower, loaned_on) VALUES (3, 'Ines', '2026-04-01');
SELECT id, borrower FROM loans;  -- not 1: the AUTOINCREMENT counter survived

SELECT name, seq FROM sqlite_sequence;

-- Starting again from 1 means resetting the counter as well.
DELETE FROM loans;
DELETE FROM sqlite_sequence WHERE name = 'loans';
INSERT INTO loans (book_id, borrower, loaned_on) VALUES (3, 'Ines', '2026-04-01');
SELECT id, borrower FROM loans;
