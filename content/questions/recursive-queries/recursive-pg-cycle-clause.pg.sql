WITH RECURSIVE team (id, name, path) AS (
  SELECT id, name, name FROM employees WHERE name = 'Linus'
  UNION ALL
  SELECT e.id, e.name, t.path || ' > ' || e.name
  FROM employees AS e
  JOIN team AS t ON e.manager_id = t.id
) SEARCH DEPTH FIRST BY name SET tree_order  -- each person right after their manager
  CYCLE id SET is_cycle USING visited        -- stop at an id already on the path, and flag it
SELECT name, path, is_cycle, visited::text AS visited
FROM team
ORDER BY tree_order;
