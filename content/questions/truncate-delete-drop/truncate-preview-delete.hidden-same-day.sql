-- The Dispossessed: Noor returns it in the morning, and Lena borrows it the same day.
INSERT INTO loans (id, book_id, borrower, loaned_on, returned_on) VALUES
  (13, 3, 'Noor', '2026-03-03', '2026-03-03'),
  (14, 3, 'Lena', '2026-03-03', '2026-03-17');
