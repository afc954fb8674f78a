-- A new hire at the CEO's salary: the top amount is now shared.
INSERT INTO employees (id, name, department_id, manager_id, salary, hired_on) VALUES
  (15, 'Grace', 1, 1, 300000, '2026-01-12');
