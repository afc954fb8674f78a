-- departments(id, name)
-- employees(id, name, department_id, manager_id, salary, hired_on)
SELECT d.name AS department, e.salary
FROM employees AS e
JOIN departments AS d ON d.id = e.department_id;
