-- Grace's pending order shipped, and she ordered twice more.
UPDATE shop_order SET status = 'shipped', shipped_at = '2025-06-30 09:00:00' WHERE id = 20;
INSERT INTO shop_order (id, customer_id, created_at, status, shipped_at) VALUES
  (21, 7, '2025-03-10 12:00:00', 'shipped', '2025-03-12 09:00:00'),
  (22, 7, '2025-04-10 12:00:00', 'shipped', '2025-04-12 09:00:00');
