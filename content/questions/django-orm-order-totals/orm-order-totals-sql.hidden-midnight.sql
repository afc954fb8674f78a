-- An order placed on the stroke of midnight, 1 April.
INSERT INTO shop_order (id, customer_id, created_at, status, shipped_at) VALUES
  (21, 5, '2025-04-01 00:00:00', 'shipped', '2025-04-03 10:00:00');
INSERT INTO shop_orderitem (id, order_id, product_id, quantity, unit_price_cents) VALUES
  (33, 21, 8, 1, 3500);
