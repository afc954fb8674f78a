WITH RECURSIVE months(month_start) AS (
  SELECT '2024-12-01'
  UNION ALL
  SELECT date(month_start, '+1 month') FROM months WHERE month_start < '2025-12-01'
),
totals AS (
  SELECT m.month_start, COALESCE(SUM(s.amount_cents), 0) AS total_cents
  FROM months AS m
  LEFT JOIN sales AS s ON date(s.sold_on, 'start of month') = m.month_start
  GROUP BY m.month_start
),
compared AS (
  SELECT month_start, total_cents,
         LAG(total_cents) OVER (ORDER BY month_start) AS previous_cents
  FROM totals
)
SELECT strftime('%Y-%m', month_start) AS month,
       total_cents,
       previous_cents,
       total_cents - previous_cents AS change_cents
FROM compared
WHERE month_start >= '2025-01-01'
ORDER BY month;
