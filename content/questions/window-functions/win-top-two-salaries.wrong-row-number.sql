-- ROW_NUMBER never repeats, so one of two people tied for second place is dropped.
WITH ranked AS (
  SELECT e.name, e.salary, e.department_id,
         ROW_NUMBER() OVER (PARTITION BY e.department_id ORDER BY e.salary DESC) AS salary_rank
  FROM employees AS e
)
SELECT d.name AS department, r.name, r.salary
FROM ranked AS r
JOIN departments AS d ON d.id = r.department_id
WHERE r.salary_rank <= 2
ORDER BY department, r.salary DESC, r.name;
