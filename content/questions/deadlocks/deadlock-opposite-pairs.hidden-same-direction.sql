-- Carol pays Alice twice in the same second: both lock Carol's row first, so they queue.
INSERT INTO transfers (id, from_account_id, to_account_id, amount, made_at) VALUES
  (9, 3, 1, 50, '2026-03-06 12:00:00'),
  (10, 3, 1, 25, '2026-03-06 12:00:00');
