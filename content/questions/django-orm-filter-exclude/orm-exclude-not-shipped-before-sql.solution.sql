SELECT id, status, shipped_at
FROM shop_order
WHERE NOT (shipped_at < '2025-01-01 00:00:00' AND shipped_at IS NOT NULL)
ORDER BY id;
