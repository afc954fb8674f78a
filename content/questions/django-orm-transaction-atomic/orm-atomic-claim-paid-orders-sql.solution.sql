SELECT id, created_at
FROM shop_order
WHERE status = 'paid'
ORDER BY created_at, id
LIMIT 2;
