SELECT p.id AS product_id, p.name, p.stock
FROM shop_product AS p
ORDER BY p.id;
