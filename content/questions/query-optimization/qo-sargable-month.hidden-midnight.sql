-- Two orders on the stroke of midnight: the first minute of March, and the first minute of April.
INSERT INTO orders (id, customer_id, placed_at, status, total_cents) VALUES
  (17, 8, '2026-03-01 00:00', 'paid', 1800),
  (18, 6, '2026-04-01 00:00', 'paid', 2400);
