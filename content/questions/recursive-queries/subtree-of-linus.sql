WITH RECURSIVE team (id, name, depth) AS (
  SELECT id, name, 0 FROM employees WHERE name = 'Linus'
  UNION ALL
  SELECT e.id, e.name, t.depth + 1
  FROM employees AS e
  JOIN team AS t ON e.manager_id = t.id
)
SELECT name, depth
FROM team
WHERE depth > 0
ORDER BY depth, name;
