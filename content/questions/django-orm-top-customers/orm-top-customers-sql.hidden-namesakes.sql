-- Another Emma Novak, in Brno, with one shipped order.
INSERT INTO shop_customer (id, name, email, city, joined_on) VALUES
  (9, 'Emma Novak', 'emma.novak@example.org', 'Brno', '2024-08-01');
INSERT INTO shop_order (id, customer_id, created_at, status, shipped_at) VALUES
  (21, 9, '2025-02-20 10:00:00', 'shipped', '2025-02-22 09:00:00');
