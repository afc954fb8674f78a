-- Table: employees (id, name, manager_id, …). Tim is id 11.
WITH RECURSIVE team (id, depth) AS (
  SELECT id, 0 FROM employees WHERE id = 11
  -- UNION ALL … the next level down
)
SELECT e.id, e.name, t.depth
FROM team AS t
JOIN employees AS e ON e.id = t.id
ORDER BY t.depth, e.id;
