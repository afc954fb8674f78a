-- staff(id, name, role, manager_id, salary)
SELECT id, name, manager_id, salary
FROM staff
ORDER BY id;
