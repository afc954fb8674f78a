-- Anchoring the walk on the manager themself counts them in their own team.
WITH RECURSIVE team (manager_id, member_id) AS (
  SELECT id, id FROM employees
  UNION ALL
  SELECT t.manager_id, e.id
  FROM team AS t
  JOIN employees AS e ON e.manager_id = t.member_id
)
SELECT m.id, m.name, COUNT(*) AS team_size
FROM team AS t
JOIN employees AS m ON m.id = t.manager_id
GROUP BY m.id, m.name
HAVING COUNT(*) > 1
ORDER BY m.id;
