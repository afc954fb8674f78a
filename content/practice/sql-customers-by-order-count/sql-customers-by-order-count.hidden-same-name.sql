-- A second Liam Murphy, from Cork, with one order.
INSERT INTO customers (id, name, email, city, mobile, phone, signed_up_on) VALUES
  (9, 'Liam Murphy', 'liam.murphy@example.ie', 'Cork', NULL, NULL, '2026-03-18');
INSERT INTO orders (id, customer_id, placed_at, status, total_cents) VALUES
  (17, 9, '2026-04-10 12:00', 'paid', 2400);
