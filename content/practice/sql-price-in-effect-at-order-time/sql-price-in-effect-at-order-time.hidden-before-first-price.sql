-- A pre-order of the cold brew kit, taken before its price was set.
INSERT INTO orders (id, product_id, ordered_at, quantity) VALUES
  (10, 4, '2026-03-12 15:45', 2);
