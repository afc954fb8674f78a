-- NOT of a comparison with NULL is still NULL, so every unshipped order disappears.
SELECT id, status, shipped_at
FROM shop_order
WHERE NOT (shipped_at < '2025-01-01 00:00:00')
ORDER BY id;
