-- A start-up's staff with their managers, where some people earn more than the person they report
-- to (a senior engineer hired at market rate). Used by the practice problem on employees who earn
-- more than their manager. Awkward rows: the CTO has no manager; a contractor has no salary.
CREATE TABLE staff (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  manager_id INTEGER REFERENCES staff (id),  -- NULL for the CTO
  salary INTEGER                             -- yearly, in dollars; NULL for contractors paid by invoice
);

INSERT INTO staff (id, name, role, manager_id, salary) VALUES
  (1, 'Priya', 'CTO', NULL, 250000),
  (2, 'Marcus', 'Engineering manager', 1, 180000),
  (3, 'Aiko', 'Staff engineer', 2, 195000),       -- earns more than her manager
  (4, 'Bilal', 'Engineer', 2, 150000),
  (5, 'Chiara', 'Data lead', 1, 170000),
  (6, 'Diego', 'Data scientist', 5, 168000),
  (7, 'Elena', 'Data scientist', 5, 172000),      -- earns more than her manager
  (8, 'Femi', 'Support lead', 1, 120000),
  (9, 'Goran', 'Support engineer', 8, 90000),
  (10, 'Hyun', 'Contractor', 8, NULL);
