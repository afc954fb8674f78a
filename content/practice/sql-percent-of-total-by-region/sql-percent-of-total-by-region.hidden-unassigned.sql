-- Online orders from 2025 that no region's sales team handled.
INSERT INTO sales (id, sold_on, region, amount_cents) VALUES
  (37, '2025-03-14', NULL, 42000),
  (38, '2025-09-02', NULL, 38000),
  (39, '2024-12-30', NULL, 25000);
