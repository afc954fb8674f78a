-- Omar opens the app again at lunchtime on 11 March.
INSERT INTO events (id, user_id, occurred_at) VALUES
  (41, 2, '2026-03-11 12:15:00');
