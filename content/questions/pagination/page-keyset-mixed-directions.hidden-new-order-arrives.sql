-- A new large order lands on the first page while the reader is on the second.
INSERT INTO orders (id, customer_id, placed_at, status, total_cents) VALUES
  (17, 8, '2026-04-10 09:30', 'paid', 8000);
