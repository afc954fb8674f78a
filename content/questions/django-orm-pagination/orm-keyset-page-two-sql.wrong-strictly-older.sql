-- Comparing created_at alone skips an order created in the same second as the last row seen.
SELECT o.id, o.created_at
FROM shop_order AS o
WHERE o.created_at < '2025-04-18 12:40:00'
ORDER BY o.created_at DESC, o.id DESC
LIMIT 5;
