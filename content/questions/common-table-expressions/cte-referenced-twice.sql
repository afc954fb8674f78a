WITH monthly AS (
  SELECT strftime('%Y-%m', closed_on) AS month, SUM(amount) AS total
  FROM deals
  GROUP BY month
)
SELECT cur.month,
       cur.total,
       prev.total AS previous_month,
       cur.total - prev.total AS change
FROM monthly AS cur
LEFT JOIN monthly AS prev   -- the same CTE, a second time
  ON prev.month = strftime('%Y-%m', cur.month || '-01', '-1 month')
ORDER BY cur.month;
