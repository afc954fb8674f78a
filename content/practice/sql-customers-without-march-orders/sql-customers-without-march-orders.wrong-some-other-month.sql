-- "An order outside March" is not "no order in March": a customer who ordered in both months is listed, one who never ordered is not.
SELECT DISTINCT c.id, c.name
FROM customers AS c
JOIN orders AS o ON o.customer_id = c.id
WHERE o.placed_at NOT LIKE '2026-03-%'
ORDER BY c.id;
