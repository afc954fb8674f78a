-- Flagging every event at the user's first timestamp counts a user twice when that first event was recorded twice.
WITH flagged AS (
  SELECT date(occurred_at) AS day,
         CASE WHEN occurred_at = MIN(occurred_at) OVER (PARTITION BY user_id) THEN 1 ELSE 0 END AS is_first
  FROM events
)
SELECT day, SUM(SUM(is_first)) OVER (ORDER BY day) AS cumulative_users
FROM flagged
GROUP BY day
ORDER BY day;
