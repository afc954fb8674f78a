-- Tables: employees (id, name, department_id, salary, …) and departments (id, name).
SELECT d.name AS department, e.name, e.salary
FROM employees AS e
JOIN departments AS d ON d.id = e.department_id
ORDER BY department, e.salary DESC, e.name;
