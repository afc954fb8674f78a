-- Treating a missing manager as a salary of 0 lists the CTO, who has no manager to earn more than.
SELECT e.name AS employee, e.salary, m.name AS manager, m.salary AS manager_salary
FROM staff AS e
LEFT JOIN staff AS m ON m.id = e.manager_id
WHERE e.salary > COALESCE(m.salary, 0)
ORDER BY employee;
