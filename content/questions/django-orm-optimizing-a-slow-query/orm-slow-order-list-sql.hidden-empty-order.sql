-- Hugo's first order, opened a moment ago.
INSERT INTO shop_order (id, customer_id, created_at, status, shipped_at) VALUES
  (21, 8, '2025-06-30 23:50:00', 'pending', NULL);
