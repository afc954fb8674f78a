-- A small company: departments, employees with their managers, and the deals its sales team closed.
-- Used by the CTE, window function and recursive query questions.
CREATE TABLE departments (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
);

CREATE TABLE employees (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  department_id INTEGER NOT NULL REFERENCES departments (id),
  manager_id INTEGER REFERENCES employees (id),
  salary INTEGER NOT NULL,  -- yearly, in dollars
  hired_on TEXT NOT NULL    -- ISO 8601 date
);

CREATE TABLE deals (
  id INTEGER PRIMARY KEY,
  employee_id INTEGER NOT NULL REFERENCES employees (id),
  closed_on TEXT NOT NULL,  -- ISO 8601 date
  amount INTEGER NOT NULL   -- dollars
);

INSERT INTO departments (id, name) VALUES
  (1, 'Executive'),
  (2, 'Engineering'),
  (3, 'Sales'),
  (4, 'Support'),
  (5, 'Legal');  -- no employees yet

INSERT INTO employees (id, name, department_id, manager_id, salary, hired_on) VALUES
  (1, 'Ada', 1, NULL, 300000, '2015-01-05'),
  (2, 'Linus', 2, 1, 210000, '2016-03-01'),
  (3, 'Margaret', 2, 2, 165000, '2017-06-12'),
  (4, 'Ken', 2, 2, 165000, '2018-02-19'),
  (5, 'Barbara', 2, 3, 140000, '2019-09-30'),
  (6, 'Dennis', 2, 3, 120000, '2021-01-11'),
  (7, 'Joan', 3, 1, 180000, '2016-05-23'),
  (8, 'Hedy', 3, 7, 95000, '2019-04-01'),
  (9, 'Alan', 3, 7, 95000, '2020-07-15'),
  (10, 'Katherine', 3, 7, 88000, '2022-10-03'),
  (11, 'Tim', 4, 1, 110000, '2017-11-20'),
  (12, 'Frances', 4, 11, 72000, '2021-05-17'),
  (13, 'Radia', 4, 11, 72000, '2023-02-06'),
  (14, 'Edsger', 4, 12, 65000, '2024-08-26');

INSERT INTO deals (id, employee_id, closed_on, amount) VALUES
  (1, 8, '2026-01-09', 12000),
  (2, 9, '2026-01-21', 8000),
  (3, 10, '2026-02-03', 15000),
  (4, 8, '2026-02-17', 4000),
  (5, 7, '2026-03-02', 30000),
  (6, 9, '2026-03-18', 9000),
  (7, 10, '2026-04-07', 11000),
  (8, 8, '2026-04-22', 7000),
  (9, 9, '2026-05-05', 16000),
  (10, 10, '2026-05-26', 5000),
  (11, 8, '2026-06-10', 14000),
  (12, 7, '2026-06-29', 22000);
