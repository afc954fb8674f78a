-- Reading backwards without flipping the result shows the right page in reverse, oldest first.
SELECT id, placed_at
FROM orders
WHERE (placed_at, id) > ('2026-02-18 07:30', 6)
ORDER BY placed_at ASC, id ASC
LIMIT 5;
