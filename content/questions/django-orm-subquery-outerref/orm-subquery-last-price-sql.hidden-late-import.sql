-- A phone order from August 2024, typed in at the end of June: an espresso machine at an old price.
INSERT INTO shop_order (id, customer_id, created_at, status, shipped_at) VALUES
  (21, 6, '2024-08-20 10:00:00', 'shipped', '2024-08-22 09:00:00');
INSERT INTO shop_orderitem (id, order_id, product_id, quantity, unit_price_cents) VALUES
  (33, 21, 11, 1, 29900);
