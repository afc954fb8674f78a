-- An order on the last evening of March.
INSERT INTO orders (id, customer_id, placed_at, status, total_cents) VALUES
  (17, 8, '2026-03-31 18:20', 'paid', 3600);
