-- Mateo orders on the last evening of March.
INSERT INTO orders (id, customer_id, placed_at, status, total_cents) VALUES
  (17, 6, '2026-03-31 18:30', 'paid', 2200);
