-- An inner join drops the departments nobody works in, so Legal disappears instead of showing 0.
SELECT d.name AS department, COUNT(*) AS headcount
FROM departments AS d
JOIN employees AS e ON e.department_id = d.id
GROUP BY d.id, d.name
ORDER BY headcount DESC, department;
