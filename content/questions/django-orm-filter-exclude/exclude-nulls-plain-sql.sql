-- The same condition negated in plain SQL: NOT (NULL < '…') is NULL, so the unshipped orders vanish.
SELECT id, status, shipped_at
FROM shop_order
WHERE NOT (shipped_at < '2025-01-01 00:00:00')
ORDER BY id;
