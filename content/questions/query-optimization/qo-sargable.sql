-- Orders placed on 20 March 2026, written two ways.
-- A function wrapped around the indexed column:
EXPLAIN QUERY PLAN
SELECT id, total_cents FROM orders
WHERE date(placed_at) = '2026-03-20';

-- The same condition as a range on the bare column:
EXPLAIN QUERY PLAN
SELECT id, total_cents FROM orders
WHERE placed_at >= '2026-03-20' AND placed_at < '2026-03-21';
