-- The query repeats the index's condition, so the small partial index serves it.
EXPLAIN QUERY PLAN
SELECT id, placed_at FROM orders WHERE status = 'paid' ORDER BY placed_at;

-- Another status is not in the index: SQLite must scan the table.
EXPLAIN QUERY PLAN
SELECT id, placed_at FROM orders WHERE status = 'shipped' ORDER BY placed_at;
