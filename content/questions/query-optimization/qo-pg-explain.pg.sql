-- COSTS OFF: the plan's shape without estimates, which change with the statistics
EXPLAIN (COSTS OFF)
SELECT id, placed_at, total_cents
FROM orders
WHERE customer_id = 3
ORDER BY placed_at DESC;
-- The same plan with sequential scans priced out: the index the planner passed over
SET enable_seqscan = off;
EXPLAIN (COSTS OFF)
SELECT id, placed_at, total_cents
FROM orders
WHERE customer_id = 3
ORDER BY placed_at DESC;
