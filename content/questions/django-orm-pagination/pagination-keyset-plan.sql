-- The queries as Django sends them to SQLite: a ? for each value, which travels separately.

-- The OR alone: two index searches whose rows are merged, then sorted.
EXPLAIN QUERY PLAN
SELECT * FROM shop_order
WHERE (created_at < ? OR (created_at = ? AND id < ?))
ORDER BY created_at DESC, id DESC
LIMIT 5;

-- With the redundant bound on the leading column: one search from the position, no sort.
EXPLAIN QUERY PLAN
SELECT * FROM shop_order
WHERE created_at <= ? AND (created_at < ? OR (created_at = ? AND id < ?))
ORDER BY created_at DESC, id DESC
LIMIT 5;

-- A row-value comparison: one search too.
EXPLAIN QUERY PLAN
SELECT * FROM shop_order
WHERE (created_at, id) < (?, ?)
ORDER BY created_at DESC, id DESC
LIMIT 5;
