-- A phone order from February, entered into the system in June.
INSERT INTO shop_order (id, customer_id, created_at, status, shipped_at) VALUES
  (21, 6, '2025-02-01 09:00:00', 'shipped', '2025-02-03 11:00:00');
