-- Table: deals (id, employee_id, closed_on, amount).
SELECT id, employee_id, closed_on, amount,
       amount AS rep_running_total
FROM deals
ORDER BY employee_id, closed_on, id;
