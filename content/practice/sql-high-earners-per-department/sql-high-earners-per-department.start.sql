-- departments(id, name)
-- employees(id, name, department_id, manager_id, salary, hired_on)
SELECT d.name AS department, e.name, e.salary
FROM departments AS d
LEFT JOIN employees AS e ON e.department_id = d.id
ORDER BY department;
