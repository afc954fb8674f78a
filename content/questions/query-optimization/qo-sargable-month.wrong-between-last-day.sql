-- BETWEEN … AND '2026-03-31' ends at midnight before the last day, because '2026-03-31 18:20' sorts after '2026-03-31'.
SELECT id, placed_at, total_cents
FROM orders
WHERE placed_at BETWEEN '2026-03-01' AND '2026-03-31'
ORDER BY placed_at, id;
