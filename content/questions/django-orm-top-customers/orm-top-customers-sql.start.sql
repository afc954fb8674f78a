-- Tables: shop_customer (id, name, email, …),
--         shop_order (id, customer_id, status, …)
SELECT c.name
FROM shop_customer AS c
JOIN shop_order AS o ON o.customer_id = c.id;
