-- The standard form: rows 11 to 13 by placed_at.
SELECT id, placed_at
FROM orders
ORDER BY placed_at, id
OFFSET 10 ROWS FETCH NEXT 3 ROWS ONLY;
-- SQLite's and MySQL's LIMIT offset, count: refused.
SELECT id, placed_at
FROM orders
ORDER BY placed_at, id
LIMIT 10, 3;
