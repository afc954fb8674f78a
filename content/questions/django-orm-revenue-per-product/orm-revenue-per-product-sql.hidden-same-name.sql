-- A second, cheaper hub sold under the same name as the existing USB-C Hub.
INSERT INTO shop_product (id, name, category_id, price_cents, stock, is_active) VALUES
  (13, 'USB-C Hub', 1, 1999, 40, 1);
INSERT INTO shop_orderitem (id, order_id, product_id, quantity, unit_price_cents) VALUES
  (33, 19, 13, 3, 1999);
