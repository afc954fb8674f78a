-- An inner join keeps only departments that have a high earner.
SELECT d.name AS department, COUNT(e.id) AS high_earners
FROM departments AS d
JOIN employees AS e
  ON e.department_id = d.id AND e.salary >= 100000
GROUP BY d.id, d.name
ORDER BY d.name;
