-- Keeps the NULLs but uses >, so an order shipped exactly at midnight on 1 January is lost.
SELECT id, status, shipped_at
FROM shop_order
WHERE shipped_at > '2025-01-01 00:00:00' OR shipped_at IS NULL
ORDER BY id;
