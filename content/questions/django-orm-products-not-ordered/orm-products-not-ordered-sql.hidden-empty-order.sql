-- A cart created at the end of June, no lines yet.
INSERT INTO shop_order (id, customer_id, created_at, status, shipped_at) VALUES
  (21, 8, '2025-06-30 18:00:00', 'pending', NULL);
