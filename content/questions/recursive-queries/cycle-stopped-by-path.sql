WITH RECURSIVE team (id, name, path) AS (
  SELECT id, name, '/' || name || '/' FROM employees WHERE name = 'Linus'
  UNION ALL
  SELECT e.id, e.name, t.path || e.name || '/'
  FROM employees AS e
  JOIN team AS t ON e.manager_id = t.id
  WHERE instr(t.path, '/' || e.name || '/') = 0   -- never revisit someone on the path
)
SELECT name, path
FROM team
ORDER BY path;
