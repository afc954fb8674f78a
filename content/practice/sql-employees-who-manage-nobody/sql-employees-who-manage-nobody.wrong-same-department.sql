-- Looking for reports only in the employee's own department misses managers whose reports work elsewhere.
SELECT e.id, e.name
FROM employees AS e
WHERE NOT EXISTS (
  SELECT 1 FROM employees AS report
  WHERE report.manager_id = e.id AND report.department_id = e.department_id
)
ORDER BY e.id;
