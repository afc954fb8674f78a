-- Omar comes back to the app exactly 30 minutes after his last event on 12 March.
INSERT INTO events (id, user_id, occurred_at) VALUES
  (41, 2, '2026-03-12 08:30:00');
