-- LAG over events rather than days: a second event on the same day becomes the "previous day", so the run is missed.
WITH days AS (
  SELECT user_id, date(occurred_at) AS day,
         LAG(date(occurred_at), 1) OVER (PARTITION BY user_id ORDER BY occurred_at) AS day_before,
         LAG(date(occurred_at), 2) OVER (PARTITION BY user_id ORDER BY occurred_at) AS two_days_before
  FROM events
)
SELECT DISTINCT u.id AS user_id, u.name
FROM days
JOIN app_users AS u ON u.id = days.user_id
WHERE day_before = date(day, '-1 day') AND two_days_before = date(day, '-2 days')
ORDER BY u.id;
