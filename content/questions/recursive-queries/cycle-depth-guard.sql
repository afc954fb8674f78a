-- No path check, only a depth limit: the cycle shows up as the same people, again and again.
WITH RECURSIVE team (id, name, depth) AS (
  SELECT id, name, 0 FROM employees WHERE name = 'Linus'
  UNION ALL
  SELECT e.id, e.name, t.depth + 1
  FROM employees AS e
  JOIN team AS t ON e.manager_id = t.id
  WHERE t.depth < 4                      -- safety net: stop after 4 levels whatever happens
)
SELECT depth, name
FROM team
ORDER BY depth, name;
