SELECT c.id, c.name
FROM customers AS c
WHERE NOT EXISTS (
  SELECT 1 FROM orders AS o
  WHERE o.customer_id = c.id
    AND o.placed_at >= '2026-03-01' AND o.placed_at < '2026-04-01'
)
ORDER BY c.id;
