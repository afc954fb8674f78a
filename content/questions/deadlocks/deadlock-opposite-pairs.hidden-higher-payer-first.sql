-- Erin pays Carol while Carol pays Erin; the lower transfer id is paid from the higher account id.
INSERT INTO transfers (id, from_account_id, to_account_id, amount, made_at) VALUES
  (9, 5, 3, 20, '2026-03-07 09:00:00'),
  (10, 3, 5, 30, '2026-03-07 09:00:00');
