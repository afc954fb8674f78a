-- "Not on sale": the same rows either way.
SELECT (SELECT COUNT(*) FROM products WHERE COALESCE(sale_price_cents, 0) = 0) AS with_coalesce,
       (SELECT COUNT(*) FROM products WHERE sale_price_cents = 0 OR sale_price_cents IS NULL) AS with_or;

-- COALESCE around the column hides it from the index: every row is read.
EXPLAIN QUERY PLAN
SELECT name FROM products WHERE COALESCE(sale_price_cents, 0) = 0;

-- The same condition on the bare column: two index searches.
EXPLAIN QUERY PLAN
SELECT name FROM products WHERE sale_price_cents = 0 OR sale_price_cents IS NULL;
