-- employees(id, name, department_id, manager_id, salary, hired_on)
SELECT salary
FROM employees;
