WITH flagged AS (
  SELECT strftime('%Y-%m', u.signed_up_on) AS cohort_month,
         CASE WHEN EXISTS (
           SELECT 1 FROM events AS e
           WHERE e.user_id = u.id
             AND date(e.occurred_at, 'start of month') = date(u.signed_up_on, 'start of month', '+1 month')
         ) THEN 1 ELSE 0 END AS is_retained
  FROM app_users AS u
)
SELECT cohort_month,
       COUNT(*) AS users,
       SUM(is_retained) AS retained,
       ROUND(100.0 * SUM(is_retained) / COUNT(*), 1) AS retention_pct
FROM flagged
GROUP BY cohort_month
ORDER BY cohort_month;
