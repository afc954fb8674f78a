-- A second engineering lead at Linus's salary.
INSERT INTO employees (id, name, department_id, manager_id, salary, hired_on) VALUES
  (15, 'Grace', 2, 1, 210000, '2026-01-12');
