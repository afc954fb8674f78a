-- Table: shop_order (id, customer_id, created_at, status, shipped_at)
-- The last row seen: id 16, created_at '2025-04-18 12:40:00'
SELECT o.id, o.created_at
FROM shop_order AS o
ORDER BY o.created_at DESC, o.id DESC;
