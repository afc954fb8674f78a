-- A window with PARTITION BY and no ORDER BY: every row sees its whole department.
SELECT d.name AS department,
       e.name,
       e.salary,
       AVG(e.salary) OVER (PARTITION BY e.department_id) AS department_avg,
       ROUND(100.0 * e.salary / SUM(e.salary) OVER (PARTITION BY e.department_id), 1) AS pct_of_department
FROM employees AS e
JOIN departments AS d ON d.id = e.department_id
WHERE d.name IN ('Sales', 'Support')
ORDER BY department, e.salary DESC, e.name;
