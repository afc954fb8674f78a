-- A depth limit ends the walk but not the cycle: Tim and his team come round again before the limit stops it.
WITH RECURSIVE team (id, depth) AS (
  SELECT id, 0 FROM employees WHERE id = 11
  UNION ALL
  SELECT e.id, t.depth + 1
  FROM team AS t
  JOIN employees AS e ON e.manager_id = t.id
  WHERE t.depth < 5
)
SELECT e.id, e.name, t.depth
FROM team AS t
JOIN employees AS e ON e.id = t.id
WHERE t.depth > 0
ORDER BY t.depth, e.id;
