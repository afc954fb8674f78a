-- Tables: shop_product (id, name, …),
--         shop_orderitem (order_id, product_id, …),
--         shop_order (id, created_at, …)
SELECT p.name
FROM shop_product AS p
ORDER BY p.name;
