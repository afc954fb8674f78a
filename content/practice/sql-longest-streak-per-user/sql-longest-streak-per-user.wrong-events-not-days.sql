-- Numbering events instead of distinct days gives a second event on the same day its own position, which splits the run.
WITH runs AS (
  SELECT user_id,
         julianday(date(occurred_at)) - ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY occurred_at) AS run
  FROM events
),
run_lengths AS (
  SELECT user_id, COUNT(*) AS days
  FROM runs
  GROUP BY user_id, run
)
SELECT u.id AS user_id, u.name, COALESCE(MAX(r.days), 0) AS longest_streak
FROM app_users AS u
LEFT JOIN run_lengths AS r ON r.user_id = u.id
GROUP BY u.id, u.name
ORDER BY u.id;
