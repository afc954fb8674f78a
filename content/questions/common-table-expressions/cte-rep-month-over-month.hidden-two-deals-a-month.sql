-- Hedy closes a second deal in January and Alan a second one in March.
INSERT INTO deals (id, employee_id, closed_on, amount) VALUES
  (13, 8, '2026-01-28', 3000),
  (14, 9, '2026-03-30', 2000);
