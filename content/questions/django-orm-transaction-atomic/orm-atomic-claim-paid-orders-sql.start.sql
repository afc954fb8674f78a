-- Table: shop_order (id, customer_id, created_at, status, shipped_at)
-- status is 'pending', 'paid', 'shipped' or 'cancelled'
SELECT id, created_at
FROM shop_order;
