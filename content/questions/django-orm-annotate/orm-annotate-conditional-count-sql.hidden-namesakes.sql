-- A second Bob Chen, in Leeds, with one cancelled order.
INSERT INTO shop_customer (id, name, email, city, joined_on) VALUES
  (9, 'Bob Chen', 'b.chen@example.net', 'Leeds', '2025-01-15');
INSERT INTO shop_order (id, customer_id, created_at, status, shipped_at) VALUES
  (21, 9, '2025-02-02 11:00:00', 'cancelled', NULL);
