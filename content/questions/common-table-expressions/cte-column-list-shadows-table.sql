-- A column list names the CTE's columns; and a CTE named like a real table hides that table.
WITH employees (name, salary) AS (
  SELECT 'Nobody', 0
)
SELECT name, salary FROM employees;

-- Outside that statement, employees is the real table again.
SELECT COUNT(*) AS real_employees FROM employees;
