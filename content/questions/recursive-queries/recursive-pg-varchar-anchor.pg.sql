-- The query of "Everyone under Ada, with depth and reporting path", unchanged.
WITH RECURSIVE org_chart (id, name, depth, path) AS (
  SELECT id, name, 0, name
  FROM employees
  WHERE manager_id IS NULL

  UNION ALL

  SELECT e.id, e.name, oc.depth + 1, oc.path || ' > ' || e.name
  FROM employees AS e
  JOIN org_chart AS oc ON e.manager_id = oc.id
)
SELECT depth, name, path
FROM org_chart
ORDER BY path;
