-- A coffee roaster's products, the history of their prices, and orders. A price applies from its
-- effective_from date until the product's next price change. Used by the practice problem on the
-- price in effect when an order was placed. Awkward rows: a product launched later than the
-- others, an order placed on the evening before a price rise.
-- Money is in cents (integers), so sums are exact.
CREATE TABLE products (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL
);

CREATE TABLE price_changes (
  product_id INTEGER NOT NULL REFERENCES products (id),
  effective_from TEXT NOT NULL,  -- ISO 8601 date: the price applies from the start of that day
  price_cents INTEGER NOT NULL,
  PRIMARY KEY (product_id, effective_from)
);

CREATE TABLE orders (
  id INTEGER PRIMARY KEY,
  product_id INTEGER NOT NULL REFERENCES products (id),
  ordered_at TEXT NOT NULL,  -- 'YYYY-MM-DD HH:MM'
  quantity INTEGER NOT NULL
);

INSERT INTO products (id, name) VALUES
  (1, 'Espresso beans, 1 kg'),
  (2, 'Oat milk, 1 l'),
  (3, 'Filter papers, 100'),
  (4, 'Cold brew kit');  -- launched in March

INSERT INTO price_changes (product_id, effective_from, price_cents) VALUES
  (1, '2025-11-01', 2200),
  (1, '2026-01-15', 2400),
  (1, '2026-03-01', 2600),
  (2, '2025-11-01', 350),
  (2, '2026-02-10', 390),
  (3, '2025-11-01', 600),
  (4, '2026-03-20', 4500);

INSERT INTO orders (id, product_id, ordered_at, quantity) VALUES
  (1, 1, '2025-12-03 10:15', 2),
  (2, 2, '2026-01-14 18:40', 6),
  (3, 1, '2026-01-20 09:05', 1),
  (4, 3, '2026-02-02 12:00', 3),
  (5, 2, '2026-02-11 08:30', 4),
  (6, 1, '2026-02-28 23:50', 1),  -- the evening before a price rise
  (7, 1, '2026-03-04 14:20', 2),
  (8, 4, '2026-03-22 16:00', 1),
  (9, 2, '2026-03-25 11:10', 12);
