-- Without ORDER BY the rows come in whatever order the table is read, here by id, not by name.
SELECT name, price_cents
FROM shop_product;
