-- Tables: shop_orderitem (id, order_id, product_id, quantity,
--                         unit_price_cents),
--         shop_product (id, name, price_cents, …)
SELECT i.order_id, i.quantity
FROM shop_orderitem AS i
ORDER BY i.id;
