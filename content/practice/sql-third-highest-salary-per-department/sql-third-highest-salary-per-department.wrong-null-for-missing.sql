-- A scalar subquery returns NULL where a department has no third salary, so it keeps departments that should be left out.
SELECT d.name AS department,
       (SELECT DISTINCT e.salary
        FROM employees AS e
        WHERE e.department_id = d.id
        ORDER BY e.salary DESC
        LIMIT 1 OFFSET 2) AS salary
FROM departments AS d
ORDER BY d.name;
