-- Hedy closes a second deal on 2026-02-17, and Alan two deals on one day in July.
INSERT INTO deals (id, employee_id, closed_on, amount) VALUES
  (13, 8, '2026-02-17', 6000),
  (14, 9, '2026-07-01', 3000),
  (15, 9, '2026-07-01', 2500);
