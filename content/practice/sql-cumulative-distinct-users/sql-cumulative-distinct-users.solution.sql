WITH first_days AS (
  SELECT user_id, MIN(date(occurred_at)) AS first_day
  FROM events
  GROUP BY user_id
),
days AS (
  SELECT DISTINCT date(occurred_at) AS day
  FROM events
)
SELECT d.day,
       (SELECT COUNT(*) FROM first_days AS f WHERE f.first_day <= d.day) AS cumulative_users
FROM days AS d
ORDER BY d.day;
