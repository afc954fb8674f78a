-- Built from the users' first days only, it skips every day on which nobody was new.
WITH first_days AS (
  SELECT user_id, MIN(date(occurred_at)) AS first_day
  FROM events
  GROUP BY user_id
)
SELECT first_day AS day,
       SUM(COUNT(*)) OVER (ORDER BY first_day) AS cumulative_users
FROM first_days
GROUP BY first_day
ORDER BY day;
