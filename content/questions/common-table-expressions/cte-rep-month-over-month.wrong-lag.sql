-- LAG returns the rep's previous month with deals, which is not the calendar month before when the rep had a month without deals.
WITH monthly AS (
  SELECT employee_id, strftime('%Y-%m', closed_on) AS month, SUM(amount) AS total
  FROM deals
  GROUP BY employee_id, strftime('%Y-%m', closed_on)
)
SELECT employee_id, month, total,
       LAG(total) OVER (PARTITION BY employee_id ORDER BY month) AS previous_total
FROM monthly
ORDER BY employee_id, month;
