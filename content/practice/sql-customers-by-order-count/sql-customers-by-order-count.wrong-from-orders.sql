-- Counting from the orders table can only see customers who ordered, so there is no row for 0.
WITH per_customer AS (
  SELECT customer_id, COUNT(*) AS orders_placed
  FROM orders
  GROUP BY customer_id
)
SELECT orders_placed, COUNT(*) AS customers
FROM per_customer
GROUP BY orders_placed
ORDER BY orders_placed;
