-- Support's payroll, adding people from the lowest salary up. Frances and Radia earn the same.
SELECT name,
       salary,
       SUM(salary) OVER (ORDER BY salary) AS default_frame,
       SUM(salary) OVER (ORDER BY salary, name
                         ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS rows_frame
FROM employees
WHERE department_id = 4
ORDER BY salary, name;
