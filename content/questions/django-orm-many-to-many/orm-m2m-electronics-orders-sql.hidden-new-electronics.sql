-- A webcam, added to the catalogue and bought with two books in March.
INSERT INTO shop_product (id, name, category_id, price_cents, stock, is_active) VALUES
  (13, 'HD Webcam', 1, 5900, 18, 1);
INSERT INTO shop_orderitem (id, order_id, product_id, quantity, unit_price_cents) VALUES
  (33, 14, 13, 1, 5900);
