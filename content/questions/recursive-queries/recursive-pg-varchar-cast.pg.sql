-- The same query with the anchor's path cast to text, the type the concatenation produces.
WITH RECURSIVE org_chart (id, name, depth, path) AS (
  SELECT id, name, 0, CAST(name AS text)
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
