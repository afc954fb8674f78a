-- Tomás keeps going after 30 March: 31 March and 1 April.
INSERT INTO events (id, user_id, occurred_at) VALUES
  (41, 6, '2026-03-31 21:00:00'),
  (42, 6, '2026-04-01 09:30:00');
