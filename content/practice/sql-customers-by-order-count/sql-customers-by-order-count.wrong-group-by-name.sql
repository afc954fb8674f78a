-- Grouping by name merges two different customers who share a name into one customer with both their orders.
WITH per_customer AS (
  SELECT c.name, COUNT(o.id) AS orders_placed
  FROM customers AS c
  LEFT JOIN orders AS o ON o.customer_id = c.id
  GROUP BY c.name
)
SELECT orders_placed, COUNT(*) AS customers
FROM per_customer
GROUP BY orders_placed
ORDER BY orders_placed;
