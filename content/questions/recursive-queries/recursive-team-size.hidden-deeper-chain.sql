-- Edsger (four levels below Ada) takes on a junior, who takes on an intern.
INSERT INTO employees (id, name, department_id, manager_id, salary, hired_on) VALUES
  (15, 'Grace', 4, 14, 58000, '2025-09-01'),
  (16, 'Niklaus', 4, 15, 40000, '2026-02-02');
