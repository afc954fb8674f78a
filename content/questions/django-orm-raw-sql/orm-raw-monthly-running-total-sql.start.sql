-- Tables: shop_order (id, created_at, status, …),
--         shop_orderitem (order_id, quantity, unit_price_cents, …)
WITH monthly AS (
  SELECT strftime('%Y-%m', o.created_at) AS month
  FROM shop_order AS o
)
SELECT month
FROM monthly;
