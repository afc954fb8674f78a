-- A new order arrives at the top of the list.
INSERT INTO orders (id, customer_id, placed_at, status, total_cents) VALUES
  (17, 8, '2026-04-10 09:30', 'paid', 1800);
