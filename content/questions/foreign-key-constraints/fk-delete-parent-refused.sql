PRAGMA foreign_keys = ON;

DELETE FROM departments WHERE name = 'Legal';  -- nobody works in Legal: allowed
SELECT d.name, count(e.id) AS employees
FROM departments AS d LEFT JOIN employees AS e ON e.department_id = d.id
GROUP BY d.id ORDER BY d.id;

DELETE FROM departments WHERE name = 'Engineering';
