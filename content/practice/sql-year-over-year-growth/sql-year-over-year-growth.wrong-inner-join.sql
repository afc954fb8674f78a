-- An inner join drops the 2025 months whose month a year earlier had no sales.
WITH monthly AS (
  SELECT date(sold_on, 'start of month') AS month_start, SUM(amount_cents) AS total_cents
  FROM sales
  GROUP BY month_start
)
SELECT strftime('%Y-%m', cur.month_start) AS month,
       cur.total_cents,
       prev.total_cents AS last_year_cents,
       ROUND(100.0 * (cur.total_cents - prev.total_cents) / prev.total_cents, 1) AS growth_pct
FROM monthly AS cur
JOIN monthly AS prev ON prev.month_start = date(cur.month_start, '-1 year')
WHERE cur.month_start BETWEEN '2025-01-01' AND '2025-12-01'
ORDER BY month;
