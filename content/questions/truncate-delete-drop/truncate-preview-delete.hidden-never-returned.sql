-- Beloved: Sam's January loan was never returned; the library lent a new copy to Lena in March.
INSERT INTO loans (id, book_id, borrower, loaned_on, returned_on) VALUES
  (13, 8, 'Sam', '2026-01-12', NULL),
  (14, 8, 'Lena', '2026-03-21', '2026-03-28');
