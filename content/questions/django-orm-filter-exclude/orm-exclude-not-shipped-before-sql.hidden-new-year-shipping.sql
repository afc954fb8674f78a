-- The warehouse's midnight run shipped Carla's December order on the stroke of the new year.
UPDATE shop_order SET shipped_at = '2025-01-01 00:00:00' WHERE id = 10;
