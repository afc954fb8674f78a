-- employees(id, name, department_id, manager_id, salary, hired_on)
SELECT id, name, manager_id
FROM employees
ORDER BY id;
