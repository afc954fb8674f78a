WITH monthly AS (
  SELECT employee_id, strftime('%Y-%m', closed_on) AS month, SUM(amount) AS total
  FROM deals
  GROUP BY employee_id, strftime('%Y-%m', closed_on)
)
SELECT cur.employee_id, cur.month, cur.total, prev.total AS previous_total
FROM monthly AS cur
LEFT JOIN monthly AS prev
  ON prev.employee_id = cur.employee_id
 AND prev.month = strftime('%Y-%m', cur.month || '-01', '-1 month')
ORDER BY cur.employee_id, cur.month;
