-- Bob pays Erin 20 again, the same amount as transfer 6, a day later.
INSERT INTO transfers (id, from_account_id, to_account_id, amount, made_at) VALUES
  (9, 2, 5, 20, '2026-03-05 16:45:00');
