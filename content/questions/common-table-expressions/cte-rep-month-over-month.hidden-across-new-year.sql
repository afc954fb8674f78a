-- Deals from the end of last year: Hedy's and Alan's December 2025 precedes their January 2026.
INSERT INTO deals (id, employee_id, closed_on, amount) VALUES
  (13, 8, '2025-12-12', 6000),
  (14, 9, '2025-12-19', 4000);
