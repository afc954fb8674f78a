INSERT INTO customers (id, name, email, city, mobile, phone, signed_up_on) VALUES
  (9, 'Yuki Tanaka', 'yuki@example.com', 'Osaka', NULL, NULL, '2026-03-05');
INSERT INTO orders (id, customer_id, placed_at, status, total_cents) VALUES
  (17, 9, '2026-03-06 10:00', 'cancelled', 3100);
