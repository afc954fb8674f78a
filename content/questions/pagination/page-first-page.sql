SELECT id, placed_at, total_cents
FROM orders
ORDER BY placed_at DESC, id DESC
LIMIT 5;
