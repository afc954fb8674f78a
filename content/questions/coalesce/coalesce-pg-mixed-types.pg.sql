-- PostgreSQL gives COALESCE one result type: 'not on sale' must then be an integer
SELECT name, COALESCE(sale_price_cents, 'not on sale') AS price
FROM products
ORDER BY id;
