-- select_related: one query with a JOIN.
SELECT o.id, o.total_cents, c.name
FROM orders AS o
JOIN customers AS c ON c.id = o.customer_id
ORDER BY o.placed_at DESC
LIMIT 3;

-- prefetch_related: two queries, the second fetching every customer needed at once.
SELECT id, customer_id, total_cents FROM orders ORDER BY placed_at DESC LIMIT 3;
SELECT id, name FROM customers WHERE id IN (2, 3, 7);
