-- A second Margaret joins Sales under Joan and leads a small team of her own.
INSERT INTO employees (id, name, department_id, manager_id, salary, hired_on) VALUES
  (15, 'Margaret', 3, 7, 120000, '2025-04-14'),
  (16, 'John', 3, 15, 70000, '2025-06-02'),
  (17, 'Bjarne', 3, 15, 70000, '2025-06-09');
