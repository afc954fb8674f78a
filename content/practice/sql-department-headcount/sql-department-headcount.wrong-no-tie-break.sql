-- Ordering by headcount alone leaves tied departments in whatever order the grouping produced.
SELECT d.name AS department, COUNT(e.id) AS headcount
FROM departments AS d
LEFT JOIN employees AS e ON e.department_id = d.id
GROUP BY d.id, d.name
ORDER BY headcount DESC;
