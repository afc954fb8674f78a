SELECT e.name AS employee, e.salary, m.name AS manager, m.salary AS manager_salary
FROM staff AS e
JOIN staff AS m ON m.id = e.manager_id
WHERE e.salary > m.salary
ORDER BY employee;
