-- "OR e.id IS NULL" rescues departments with no employees at all, but not a department whose employees all earn less.
SELECT d.name AS department, COUNT(e.id) AS high_earners
FROM departments AS d
LEFT JOIN employees AS e ON e.department_id = d.id
WHERE e.salary >= 100000 OR e.id IS NULL
GROUP BY d.id, d.name
ORDER BY d.name;
