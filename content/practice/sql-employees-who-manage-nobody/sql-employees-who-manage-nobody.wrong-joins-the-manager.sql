-- Joining each employee to their own manager finds who has no manager (the CEO), not who manages nobody.
SELECT e.id, e.name
FROM employees AS e
LEFT JOIN employees AS manager ON manager.id = e.manager_id
WHERE manager.id IS NULL
ORDER BY e.id;
