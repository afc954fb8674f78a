-- Eleven rows are cheaper to read than any index: price sequential scans out to see the plan.
SET enable_seqscan = off;
EXPLAIN (COSTS OFF)
SELECT id, title FROM articles WHERE title ILIKE '%sql%' ORDER BY id;
SELECT id, title FROM articles WHERE title ILIKE '%sql%' ORDER BY id;
