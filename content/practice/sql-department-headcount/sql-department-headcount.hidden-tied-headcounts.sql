-- A department created after the others, alphabetically first, with as many people as Executive.
INSERT INTO departments (id, name) VALUES (6, 'Accounting');
INSERT INTO employees (id, name, department_id, manager_id, salary, hired_on) VALUES
  (15, 'Grace', 6, 1, 99000, '2025-03-03');
