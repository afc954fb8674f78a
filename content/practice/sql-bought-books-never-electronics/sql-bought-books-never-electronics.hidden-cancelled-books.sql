-- Hugo ordered a book, then cancelled the order.
INSERT INTO shop_order (id, customer_id, created_at, status, shipped_at) VALUES
  (21, 8, '2025-06-30 10:00:00', 'cancelled', NULL);
INSERT INTO shop_orderitem (id, order_id, product_id, quantity, unit_price_cents) VALUES
  (33, 21, 7, 1, 4800);
