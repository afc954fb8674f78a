TRUNCATE loans;
INSERT INTO loans (book_id, borrower, loaned_on) VALUES (1, 'Noor', '2026-04-01') RETURNING id;
TRUNCATE loans RESTART IDENTITY;
INSERT INTO loans (book_id, borrower, loaned_on) VALUES (1, 'Noor', '2026-04-01') RETURNING id;
