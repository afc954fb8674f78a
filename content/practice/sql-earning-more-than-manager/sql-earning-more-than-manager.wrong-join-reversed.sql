-- Joining on m.manager_id = e.id pairs each person with their reports, so it finds managers who earn more than a report.
SELECT e.name AS employee, e.salary, m.name AS manager, m.salary AS manager_salary
FROM staff AS e
JOIN staff AS m ON m.manager_id = e.id
WHERE e.salary > m.salary
ORDER BY employee;
