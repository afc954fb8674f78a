-- A customer whose only order was cancelled: they spent nothing but are still on the list.
INSERT INTO customers (id, name, email, city, mobile, phone, signed_up_on) VALUES
  (9, 'Jonas Berg', 'jonas@example.com', 'Oslo', '+47 412 34 567', NULL, '2026-03-06');
INSERT INTO orders (id, customer_id, placed_at, status, total_cents) VALUES
  (17, 9, '2026-03-08 10:30', 'cancelled', 4800);
