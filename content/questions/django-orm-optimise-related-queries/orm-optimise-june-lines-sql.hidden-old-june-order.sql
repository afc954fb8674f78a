-- An order from June 2024, imported from the previous shop system.
INSERT INTO shop_order (id, customer_id, created_at, status, shipped_at) VALUES
  (21, 2, '2024-06-12 10:00:00', 'shipped', '2024-06-14 09:00:00');
INSERT INTO shop_orderitem (id, order_id, product_id, quantity, unit_price_cents) VALUES
  (33, 21, 8, 1, 3500);
