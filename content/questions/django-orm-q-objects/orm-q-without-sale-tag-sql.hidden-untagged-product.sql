-- A garden product, not tagged yet.
INSERT INTO shop_product (id, name, category_id, price_cents, stock, is_active) VALUES
  (13, 'Watering Can', 4, 1900, 30, 1);
