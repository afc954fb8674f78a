-- "Not shipped" also takes cancelled and pending orders, which are not waiting to be shipped.
SELECT id, created_at
FROM shop_order
WHERE status <> 'shipped'
ORDER BY created_at, id
LIMIT 2;
