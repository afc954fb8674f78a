-- Cast the column, and every argument is text
SELECT name, COALESCE(sale_price_cents::text, 'not on sale') AS price
FROM products
ORDER BY id;
