-- Lea and Tomás on the last evening of March.
INSERT INTO events (id, user_id, occurred_at) VALUES
  (41, 3, '2026-03-31 18:45:00'),
  (42, 6, '2026-03-31 23:59:59');
