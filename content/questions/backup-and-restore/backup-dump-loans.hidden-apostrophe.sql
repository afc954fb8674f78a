-- A borrower whose name contains an apostrophe.
INSERT INTO loans (id, book_id, borrower, loaned_on, returned_on) VALUES
  (13, 3, 'Siobhán O''Neill', '2026-03-22', NULL);
