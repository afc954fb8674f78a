-- Without PARTITION BY the total runs across the whole team instead of restarting for each rep.
SELECT id, employee_id, closed_on, amount,
       SUM(amount) OVER (ORDER BY closed_on, id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS rep_running_total
FROM deals
ORDER BY employee_id, closed_on, id;
