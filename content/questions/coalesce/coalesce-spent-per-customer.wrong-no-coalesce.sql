-- Without COALESCE, SUM over a customer's no orders is NULL, not 0.
SELECT c.name, SUM(o.total_cents) AS spent_cents
FROM customers AS c
LEFT JOIN orders AS o ON o.customer_id = c.id AND o.status <> 'cancelled'
GROUP BY c.id, c.name;
