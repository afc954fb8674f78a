CREATE INDEX employees_department_salary ON employees (department_id, salary);
