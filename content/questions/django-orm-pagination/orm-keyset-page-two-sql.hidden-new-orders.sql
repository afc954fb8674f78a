-- Two orders placed while the client was reading page 1.
INSERT INTO shop_order (id, customer_id, created_at, status, shipped_at) VALUES
  (21, 8, '2025-06-30 20:15:00', 'pending', NULL),
  (22, 4, '2025-06-30 22:40:00', 'paid', NULL);
