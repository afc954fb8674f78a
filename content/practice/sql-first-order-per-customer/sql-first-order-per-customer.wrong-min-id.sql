-- The smallest id is the first order entered, not the first placed: an order entered late has a higher id.
SELECT c.name AS customer, o.id AS order_id, o.placed_at, o.total_cents
FROM orders AS o
JOIN customers AS c ON c.id = o.customer_id
WHERE o.id IN (
  SELECT MIN(id) FROM orders WHERE status <> 'cancelled' GROUP BY customer_id
)
ORDER BY customer;
