-- Sofia uses the app while Maya does, on the morning of 2 March.
INSERT INTO events (id, user_id, occurred_at) VALUES
  (41, 5, '2026-03-02 09:20:00'),
  (42, 5, '2026-03-02 09:45:00');
