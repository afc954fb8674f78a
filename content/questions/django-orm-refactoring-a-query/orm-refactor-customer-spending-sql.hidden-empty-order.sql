-- Hugo has opened his first order; nothing in it yet.
INSERT INTO shop_order (id, customer_id, created_at, status, shipped_at) VALUES
  (21, 8, '2025-06-30 19:30:00', 'pending', NULL);
