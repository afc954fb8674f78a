-- With the month condition in WHERE, the rows a LEFT JOIN adds for "no match" (all NULL) fail it, so nothing is returned.
SELECT c.id, c.name
FROM customers AS c
LEFT JOIN orders AS o ON o.customer_id = c.id
WHERE o.placed_at >= '2026-03-01' AND o.placed_at < '2026-04-01' AND o.id IS NULL
ORDER BY c.id;
