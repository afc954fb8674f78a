-- A January loan of Small Gods from the paper records, typed in after the March loan.
INSERT INTO loans (id, book_id, borrower, loaned_on, returned_on) VALUES
  (13, 7, 'Sam', '2026-01-10', '2026-01-24');
