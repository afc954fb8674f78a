-- A launch day: two customers and two subscribers on 2026-03-01, the day Lucas also signed up.
INSERT INTO customers (id, name, email, city, mobile, phone, signed_up_on) VALUES
  (9, 'Hana Sato', 'hana@example.com', 'Osaka', NULL, NULL, '2026-03-01'),
  (10, 'Jonas Berg', 'jonas@example.com', 'Oslo', NULL, NULL, '2026-03-01');
INSERT INTO newsletter_subscribers (email, subscribed_on) VALUES
  ('hana@example.com', '2026-03-01'),
  ('leo@example.com', '2026-03-01');
