-- Three more orders: two paid, one still pending.
INSERT INTO shop_order (id, customer_id, created_at, status, shipped_at) VALUES
  (21, 5, '2025-06-29 10:00:00', 'paid', NULL),
  (22, 2, '2025-06-29 11:30:00', 'pending', NULL),
  (23, 6, '2025-06-30 08:15:00', 'paid', NULL);
