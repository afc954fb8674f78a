WITH RECURSIVE team (id, name, visited, path) AS (
  SELECT id, name, '/' || id || '/', name FROM employees WHERE name = 'Linus'
  UNION ALL
  SELECT e.id, e.name, t.visited || e.id || '/', t.path || ' > ' || e.name
  FROM employees AS e
  JOIN team AS t ON e.manager_id = t.id
  WHERE instr(t.visited, '/' || e.id || '/') = 0   -- never revisit an id already on the path
)
SELECT name, path
FROM team
ORDER BY path;
