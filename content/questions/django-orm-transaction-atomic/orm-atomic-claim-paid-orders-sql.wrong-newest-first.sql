-- Descending order hands the worker the newest paid orders, so the oldest wait longest.
SELECT id, created_at
FROM shop_order
WHERE status = 'paid'
ORDER BY created_at DESC, id DESC
LIMIT 2;
