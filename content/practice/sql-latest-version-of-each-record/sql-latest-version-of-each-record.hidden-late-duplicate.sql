-- Tariq's move to York is delivered a second time, after a retry, and Mira's first row arrives again late.
INSERT INTO profile_changes (id, customer_id, email, plan, city, changed_at, deleted) VALUES
  (10, 102, 'tariq@example.com', 'pro', 'York', '2026-02-03 12:20:00', 0),
  (11, 101, 'mira@example.com', 'free', 'Oslo', '2026-01-03 09:00:00', 0);
