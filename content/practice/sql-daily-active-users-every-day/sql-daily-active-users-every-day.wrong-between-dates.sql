-- BETWEEN '2026-03-01' AND '2026-03-31' compares text: '2026-03-31 18:45:00' sorts after '2026-03-31', so events on 31 March are dropped.
WITH RECURSIVE days(day) AS (
  SELECT '2026-03-01'
  UNION ALL
  SELECT date(day, '+1 day') FROM days WHERE day < '2026-03-31'
),
march_events AS (
  SELECT user_id, date(occurred_at) AS day
  FROM events
  WHERE occurred_at BETWEEN '2026-03-01' AND '2026-03-31'
)
SELECT d.day, COUNT(DISTINCT m.user_id) AS active_users
FROM days AS d
LEFT JOIN march_events AS m ON m.day = d.day
GROUP BY d.day
ORDER BY d.day;
