WITH department_stats AS (
  SELECT department_id,
         COUNT(*) AS headcount,
         AVG(salary) AS avg_salary
  FROM employees
  GROUP BY department_id
)
SELECT d.name AS department, s.headcount, s.avg_salary
FROM department_stats AS s
JOIN departments AS d ON d.id = s.department_id
WHERE s.headcount >= 4
ORDER BY s.headcount DESC, d.name;
