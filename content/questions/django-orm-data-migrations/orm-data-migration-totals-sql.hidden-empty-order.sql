-- A basket started but not filled yet.
INSERT INTO shop_order (id, customer_id, created_at, status, shipped_at) VALUES
  (21, 8, '2025-06-30 17:25:00', 'pending', NULL);
