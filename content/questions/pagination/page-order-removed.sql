-- Page 2 with LIMIT/OFFSET: skip the 5 rows of page 1.
SELECT id, placed_at, total_cents
FROM orders
ORDER BY placed_at DESC, id DESC
LIMIT 5 OFFSET 5;

-- Page 2 with a keyset: continue after the last row of page 1 (order 12 at 2026-03-20 19:45).
SELECT id, placed_at, total_cents
FROM orders
WHERE (placed_at, id) < ('2026-03-20 19:45', 12)
ORDER BY placed_at DESC, id DESC
LIMIT 5;
