-- Table: employees (id, name, manager_id, …); manager_id is NULL for the CEO.
SELECT m.id, m.name, COUNT(*) AS team_size
FROM employees AS m
JOIN employees AS e ON e.manager_id = m.id
GROUP BY m.id, m.name
ORDER BY m.id;
