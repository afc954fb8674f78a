-- Emma's order on the afternoon of 30 June.
INSERT INTO shop_order (id, customer_id, created_at, status, shipped_at) VALUES
  (21, 5, '2025-06-30 15:00:00', 'paid', NULL);
INSERT INTO shop_orderitem (id, order_id, product_id, quantity, unit_price_cents) VALUES
  (33, 21, 12, 1, 4500);
