-- The CEO's manager_id is NULL, so the subquery contains NULL and NOT IN is never true: no rows at all.
SELECT id, name
FROM employees
WHERE id NOT IN (SELECT manager_id FROM employees)
ORDER BY id;
