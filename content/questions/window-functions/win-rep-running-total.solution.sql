SELECT id, employee_id, closed_on, amount,
       SUM(amount) OVER (
         PARTITION BY employee_id
         ORDER BY closed_on, id
         ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
       ) AS rep_running_total
FROM deals
ORDER BY employee_id, closed_on, id;
