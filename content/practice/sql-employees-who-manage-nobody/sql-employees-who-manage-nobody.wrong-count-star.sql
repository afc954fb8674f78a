-- After a LEFT JOIN, COUNT(*) is 1 for someone with no reports and also for someone with exactly one.
SELECT e.id, e.name
FROM employees AS e
LEFT JOIN employees AS report ON report.manager_id = e.id
GROUP BY e.id, e.name
HAVING COUNT(*) = 1
ORDER BY e.id;
