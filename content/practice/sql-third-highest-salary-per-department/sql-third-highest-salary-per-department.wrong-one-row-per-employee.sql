-- Without DISTINCT, every employee at the third amount becomes a row, so a shared third salary appears twice.
WITH ranked AS (
  SELECT department_id, salary,
         DENSE_RANK() OVER (PARTITION BY department_id ORDER BY salary DESC) AS salary_rank
  FROM employees
)
SELECT d.name AS department, r.salary
FROM ranked AS r
JOIN departments AS d ON d.id = r.department_id
WHERE r.salary_rank = 3
ORDER BY d.name;
