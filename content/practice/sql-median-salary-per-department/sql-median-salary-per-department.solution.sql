WITH positioned AS (
  SELECT department_id, salary,
         ROW_NUMBER() OVER (PARTITION BY department_id ORDER BY salary) AS position,
         COUNT(*) OVER (PARTITION BY department_id) AS n
  FROM employees
)
SELECT d.name AS department, AVG(p.salary) AS median_salary
FROM positioned AS p
JOIN departments AS d ON d.id = p.department_id
WHERE p.position IN ((p.n + 1) / 2, (p.n + 2) / 2)
GROUP BY d.id, d.name
ORDER BY d.name;
