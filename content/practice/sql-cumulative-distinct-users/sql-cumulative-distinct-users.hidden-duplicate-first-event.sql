-- Zoe finally opens the app; the client sent her first event twice.
INSERT INTO events (id, user_id, occurred_at) VALUES
  (41, 8, '2026-04-08 19:00:00'),
  (42, 8, '2026-04-08 19:00:00');
