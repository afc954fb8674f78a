-- Starting from the retained users' events drops a cohort in which nobody came back, and counts only retained users as the cohort.
WITH retained_users AS (
  SELECT DISTINCT u.id, strftime('%Y-%m', u.signed_up_on) AS cohort_month
  FROM app_users AS u
  JOIN events AS e ON e.user_id = u.id
  WHERE date(e.occurred_at, 'start of month') = date(u.signed_up_on, 'start of month', '+1 month')
),
cohorts AS (
  SELECT strftime('%Y-%m', signed_up_on) AS cohort_month, COUNT(*) AS users
  FROM app_users
  GROUP BY cohort_month
)
SELECT c.cohort_month, c.users, COUNT(*) AS retained,
       ROUND(100.0 * COUNT(*) / c.users, 1) AS retention_pct
FROM cohorts AS c
JOIN retained_users AS r ON r.cohort_month = c.cohort_month
GROUP BY c.cohort_month, c.users
ORDER BY c.cohort_month;
