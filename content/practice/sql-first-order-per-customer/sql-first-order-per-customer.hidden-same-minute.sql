-- Lucas's first visit: two orders in the same minute (he forgot the filters).
INSERT INTO orders (id, customer_id, placed_at, status, total_cents) VALUES
  (17, 8, '2026-04-10 10:02', 'paid', 12900),
  (18, 8, '2026-04-10 10:02', 'paid', 600);
