SELECT d.name AS department,
       e.name,
       e.salary,
       ROW_NUMBER() OVER (PARTITION BY e.department_id ORDER BY e.salary DESC, e.hired_on) AS row_num,
       RANK()       OVER (PARTITION BY e.department_id ORDER BY e.salary DESC) AS rnk,
       DENSE_RANK() OVER (PARTITION BY e.department_id ORDER BY e.salary DESC) AS dense_rnk
FROM employees AS e
JOIN departments AS d ON d.id = e.department_id
WHERE d.name IN ('Engineering', 'Sales')
ORDER BY department, row_num;
