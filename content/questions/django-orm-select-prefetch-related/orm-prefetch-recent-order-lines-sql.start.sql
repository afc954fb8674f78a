-- Tables: shop_order (id, customer_id, created_at, …),
--         shop_customer (id, name, …),
--         shop_orderitem (order_id, product_id, …),
--         shop_product (id, name, …)
WITH latest AS (
  SELECT o.id, o.customer_id, o.created_at
  FROM shop_order AS o
)
SELECT l.id AS order_id
FROM latest AS l;
