-- A calendar from the first to the last March event misses the empty days at either end of the month.
WITH RECURSIVE bounds AS (
  SELECT MIN(date(occurred_at)) AS first_day, MAX(date(occurred_at)) AS last_day
  FROM events
  WHERE occurred_at >= '2026-03-01' AND occurred_at < '2026-04-01'
),
days(day) AS (
  SELECT first_day FROM bounds
  UNION ALL
  SELECT date(day, '+1 day') FROM days WHERE day < (SELECT last_day FROM bounds)
)
SELECT d.day, COUNT(DISTINCT e.user_id) AS active_users
FROM days AS d
LEFT JOIN events AS e ON date(e.occurred_at) = d.day
GROUP BY d.day
ORDER BY d.day;
