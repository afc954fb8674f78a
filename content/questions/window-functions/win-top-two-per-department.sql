WITH ranked AS (
  SELECT department_id, name, salary,
         RANK() OVER (PARTITION BY department_id ORDER BY salary DESC) AS salary_rank
  FROM employees
)
SELECT d.name AS department, r.name, r.salary, r.salary_rank
FROM ranked AS r
JOIN departments AS d ON d.id = r.department_id
WHERE r.salary_rank <= 2   -- filter in the outer query, after the ranks exist
ORDER BY department, r.salary_rank, r.name;
