-- Order 15 was in fact created in the same second as order 16.
UPDATE shop_order SET created_at = '2025-04-18 12:40:00' WHERE id = 15;
