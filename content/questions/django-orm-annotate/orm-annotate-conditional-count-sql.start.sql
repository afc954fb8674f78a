-- Tables: shop_customer (id, name, …),
--         shop_order (id, customer_id, status, …)
SELECT c.name
FROM shop_customer AS c
ORDER BY c.id;
