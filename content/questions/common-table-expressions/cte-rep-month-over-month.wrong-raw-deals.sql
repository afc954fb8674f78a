-- Joining the deals rows instead of monthly totals gives one row per deal and pairs every deal with every deal of the month before.
SELECT cur.employee_id, strftime('%Y-%m', cur.closed_on) AS month, cur.amount AS total, prev.amount AS previous_total
FROM deals AS cur
LEFT JOIN deals AS prev
  ON prev.employee_id = cur.employee_id
 AND strftime('%Y-%m', prev.closed_on) = strftime('%Y-%m', cur.closed_on, 'start of month', '-1 month')
ORDER BY cur.employee_id, month;
