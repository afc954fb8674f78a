-- The salary condition in WHERE discards the NULL row the LEFT JOIN kept, so a department with no high earner disappears.
SELECT d.name AS department, COUNT(e.id) AS high_earners
FROM departments AS d
LEFT JOIN employees AS e ON e.department_id = d.id
WHERE e.salary >= 100000
GROUP BY d.id, d.name
ORDER BY d.name;
