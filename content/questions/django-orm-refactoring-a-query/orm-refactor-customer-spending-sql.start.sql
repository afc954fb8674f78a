-- Tables: shop_customer (id, name, …),
--         shop_order (id, customer_id, status, …),
--         shop_orderitem (order_id, quantity, unit_price_cents, …)
SELECT c.name
FROM shop_customer AS c
ORDER BY c.name, c.id;
