EXPLAIN QUERY PLAN
SELECT id, placed_at, total_cents
FROM orders
WHERE customer_id = 3
ORDER BY placed_at DESC;
