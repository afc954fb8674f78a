-- A phone order Mateo placed in January, entered into the system only in April.
INSERT INTO orders (id, customer_id, placed_at, status, total_cents) VALUES
  (17, 6, '2026-01-30 15:10', 'delivered', 2400);
