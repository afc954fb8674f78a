SELECT e.id, e.name
FROM employees AS e
WHERE NOT EXISTS (
  SELECT 1 FROM employees AS report WHERE report.manager_id = e.id
)
ORDER BY e.id;
