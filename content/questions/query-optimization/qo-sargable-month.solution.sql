SELECT id, placed_at, total_cents
FROM orders
WHERE placed_at >= '2026-03-01'
  AND placed_at < '2026-04-01'
ORDER BY placed_at, id;
