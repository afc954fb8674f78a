-- Tables: shop_order (id, customer_id, created_at, status, …),
--         shop_orderitem (order_id, quantity, unit_price_cents, …)
SELECT o.id
FROM shop_order AS o
ORDER BY o.id;
