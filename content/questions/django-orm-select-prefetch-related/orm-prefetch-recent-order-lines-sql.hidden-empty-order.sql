-- Farid has just opened an order.
INSERT INTO shop_order (id, customer_id, created_at, status, shipped_at) VALUES
  (21, 6, '2025-06-30 22:05:00', 'pending', NULL);
