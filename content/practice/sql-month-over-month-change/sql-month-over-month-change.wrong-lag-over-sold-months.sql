-- LAG over the months that had sales skips an empty month: it is missing, and the month after it is compared with the month before it.
WITH totals AS (
  SELECT strftime('%Y-%m', sold_on) AS month, SUM(amount_cents) AS total_cents
  FROM sales
  GROUP BY month
),
compared AS (
  SELECT month, total_cents,
         COALESCE(LAG(total_cents) OVER (ORDER BY month), 0) AS previous_cents
  FROM totals
)
SELECT month, total_cents, previous_cents, total_cents - previous_cents AS change_cents
FROM compared
WHERE month >= '2025-01'
ORDER BY month;
