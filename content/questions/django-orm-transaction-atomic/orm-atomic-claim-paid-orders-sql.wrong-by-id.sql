-- Ordering by id assumes ids follow creation time, so a paid order entered late waits behind newer ones.
SELECT id, created_at
FROM shop_order
WHERE status = 'paid'
ORDER BY id
LIMIT 2;
