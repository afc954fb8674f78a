WITH per_customer AS (
  SELECT c.id, COUNT(o.id) AS orders_placed
  FROM customers AS c
  LEFT JOIN orders AS o ON o.customer_id = c.id
  GROUP BY c.id
)
SELECT orders_placed, COUNT(*) AS customers
FROM per_customer
GROUP BY orders_placed
ORDER BY orders_placed;
