-- Tables: shop_order (id, customer_id, created_at, …),
--         shop_customer (id, name, …),
--         shop_orderitem (order_id, quantity, unit_price_cents, …)
SELECT o.id
FROM shop_order AS o
ORDER BY o.created_at DESC, o.id DESC
LIMIT 5;
