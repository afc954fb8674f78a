-- A 5% raise for everyone paid below their department's average.
WITH department_avg AS (
  SELECT department_id, AVG(salary) AS avg_salary
  FROM employees
  GROUP BY department_id
)
UPDATE employees
SET salary = salary * 105 / 100
WHERE salary < (SELECT avg_salary
                FROM department_avg AS a
                WHERE a.department_id = employees.department_id)
RETURNING name, salary AS new_salary;
