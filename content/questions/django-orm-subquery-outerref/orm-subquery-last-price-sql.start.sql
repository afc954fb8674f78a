-- Tables: shop_product (id, name, …),
--         shop_orderitem (id, order_id, product_id, unit_price_cents, …),
--         shop_order (id, created_at, …)
SELECT p.name
FROM shop_product AS p
ORDER BY p.id;
