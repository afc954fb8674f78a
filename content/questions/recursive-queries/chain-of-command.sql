WITH RECURSIVE chain (id, name, manager_id, level) AS (
  SELECT id, name, manager_id, 0 FROM employees WHERE name = 'Edsger'
  UNION ALL
  SELECT m.id, m.name, m.manager_id, c.level + 1
  FROM employees AS m
  JOIN chain AS c ON m.id = c.manager_id   -- follow the link upwards
)
SELECT level, name
FROM chain
ORDER BY level;
