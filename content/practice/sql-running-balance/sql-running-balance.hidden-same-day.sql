-- A client's payment and a supplier's bill on the same day, 9 February.
INSERT INTO transactions (id, account_id, posted_on, amount_cents, memo) VALUES
  (15, 1, '2026-02-09', -45000, 'Printer repair');
