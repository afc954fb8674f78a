-- Dennis, an engineer, now also leads a new support engineer.
INSERT INTO employees (id, name, department_id, manager_id, salary, hired_on) VALUES
  (15, 'Grace', 4, 6, 68000, '2026-01-12');
