WITH RECURSIVE days(day) AS (
  SELECT '2026-03-01'
  UNION ALL
  SELECT date(day, '+1 day') FROM days WHERE day < '2026-03-31'
)
SELECT d.day, COUNT(DISTINCT e.user_id) AS active_users
FROM days AS d
LEFT JOIN events AS e ON date(e.occurred_at) = d.day
GROUP BY d.day
ORDER BY d.day;
