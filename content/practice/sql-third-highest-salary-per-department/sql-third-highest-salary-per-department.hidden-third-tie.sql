-- A new support engineer on Edsger's salary.
INSERT INTO employees (id, name, department_id, manager_id, salary, hired_on) VALUES
  (15, 'Grace', 4, 12, 65000, '2026-01-12');
