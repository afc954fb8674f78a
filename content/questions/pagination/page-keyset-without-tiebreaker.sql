-- Keyset on placed_at alone: "everything older than the last row of page 1".
SELECT id, placed_at, total_cents
FROM orders
WHERE placed_at < '2026-03-20 19:45'
ORDER BY placed_at DESC
LIMIT 5;
