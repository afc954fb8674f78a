PRAGMA foreign_keys = ON;

INSERT INTO loans (book_id, borrower, loaned_on) VALUES (99, 'Ines', '2026-04-01');
