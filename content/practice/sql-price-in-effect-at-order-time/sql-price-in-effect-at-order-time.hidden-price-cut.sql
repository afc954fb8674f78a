-- A spring promotion lowers the espresso beans' price, and someone orders during it.
INSERT INTO price_changes (product_id, effective_from, price_cents) VALUES
  (1, '2026-03-15', 2300);
INSERT INTO orders (id, product_id, ordered_at, quantity) VALUES
  (10, 1, '2026-03-18 10:30', 3);
