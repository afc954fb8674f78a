-- RANK() leaves a gap after a tie, so a department whose second place is shared has no rank 3 at all.
WITH ranked AS (
  SELECT department_id, salary,
         RANK() OVER (PARTITION BY department_id ORDER BY salary DESC) AS salary_rank
  FROM employees
)
SELECT d.name AS department, r.salary
FROM ranked AS r
JOIN departments AS d ON d.id = r.department_id
WHERE r.salary_rank = 3
ORDER BY d.name;
