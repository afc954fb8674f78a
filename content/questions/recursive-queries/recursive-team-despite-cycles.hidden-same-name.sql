-- A new support engineer, also called Tim, reports to Frances, who reports to Tim.
INSERT INTO employees (id, name, department_id, manager_id, salary, hired_on) VALUES
  (15, 'Tim', 4, 12, 68000, '2025-10-06');
