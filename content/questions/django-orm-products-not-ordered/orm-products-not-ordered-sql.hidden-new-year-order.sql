-- SQL Performance Explained sold again on New Year's Day, in the morning.
INSERT INTO shop_order (id, customer_id, created_at, status, shipped_at) VALUES
  (21, 4, '2025-01-01 11:30:00', 'shipped', '2025-01-03 10:00:00');
INSERT INTO shop_orderitem (id, order_id, product_id, quantity, unit_price_cents) VALUES
  (33, 21, 8, 1, 3500);
