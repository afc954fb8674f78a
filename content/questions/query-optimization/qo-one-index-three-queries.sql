-- 1. Every column: the index finds the rows, then each row is read from the table.
EXPLAIN QUERY PLAN
SELECT * FROM orders WHERE customer_id = 3;

-- 2. Only columns the index holds (id is the rowid, stored in every index entry).
EXPLAIN QUERY PLAN
SELECT id, placed_at FROM orders WHERE customer_id = 3;

-- 3. A condition on the second column alone.
EXPLAIN QUERY PLAN
SELECT id, total_cents FROM orders WHERE placed_at >= '2026-04-01';
