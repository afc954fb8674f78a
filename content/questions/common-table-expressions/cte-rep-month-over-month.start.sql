-- Table: deals (id, employee_id, closed_on, amount); closed_on is an ISO date, 'YYYY-MM-DD'.
WITH monthly AS (
  SELECT employee_id, strftime('%Y-%m', closed_on) AS month, SUM(amount) AS total
  FROM deals
  GROUP BY employee_id, month
)
SELECT employee_id, month, total, NULL AS previous_total
FROM monthly
ORDER BY employee_id, month;
