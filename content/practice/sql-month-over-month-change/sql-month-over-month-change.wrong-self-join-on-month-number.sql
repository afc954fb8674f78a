-- Joining on "month number minus 1" has no month 0, so January finds no previous month, and empty months are still missing.
WITH totals AS (
  SELECT strftime('%Y', sold_on) AS year,
         CAST(strftime('%m', sold_on) AS INTEGER) AS month_number,
         SUM(amount_cents) AS total_cents
  FROM sales
  GROUP BY year, month_number
)
SELECT printf('%s-%02d', t.year, t.month_number) AS month,
       t.total_cents,
       COALESCE(p.total_cents, 0) AS previous_cents,
       t.total_cents - COALESCE(p.total_cents, 0) AS change_cents
FROM totals AS t
LEFT JOIN totals AS p ON p.year = t.year AND p.month_number = t.month_number - 1
WHERE t.year = '2025'
ORDER BY month;
