SELECT d.closed_on,
       e.name,
       d.amount,
       SUM(d.amount) OVER (ORDER BY d.closed_on) AS running_total,
       SUM(d.amount) OVER (PARTITION BY d.employee_id ORDER BY d.closed_on) AS rep_running_total
FROM deals AS d
JOIN employees AS e ON e.id = d.employee_id
ORDER BY d.closed_on;
