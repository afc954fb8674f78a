-- Garden gets its first product, and a Toys category opens empty.
INSERT INTO shop_category (id, name) VALUES (5, 'Toys');
INSERT INTO shop_product (id, name, category_id, price_cents, stock, is_active) VALUES
  (13, 'Watering Can', 4, 1900, 30, 1);
