-- The default frame is RANGE up to the current row's peers, so two deals of one rep on the same day both get the day's full total.
SELECT id, employee_id, closed_on, amount,
       SUM(amount) OVER (PARTITION BY employee_id ORDER BY closed_on) AS rep_running_total
FROM deals
ORDER BY employee_id, closed_on, id;
