-- An integer column and a text column have no common type
SELECT name, COALESCE(sale_price_cents, name) AS price
FROM products
ORDER BY id;
