-- Table: shop_order (id, customer_id, created_at, status, shipped_at)
-- shipped_at is NULL until the order ships
SELECT id, status, shipped_at
FROM shop_order
ORDER BY id;
