-- A paid phone order from 20 May, entered at the end of June.
INSERT INTO shop_order (id, customer_id, created_at, status, shipped_at) VALUES
  (21, 4, '2025-05-20 09:30:00', 'paid', NULL);
