-- A phone order from March, typed in at the end of June.
INSERT INTO shop_order (id, customer_id, created_at, status, shipped_at) VALUES
  (21, 4, '2025-03-12 09:00:00', 'shipped', '2025-03-14 10:00:00');
INSERT INTO shop_orderitem (id, order_id, product_id, quantity, unit_price_cents) VALUES
  (33, 21, 10, 1, 8900);
