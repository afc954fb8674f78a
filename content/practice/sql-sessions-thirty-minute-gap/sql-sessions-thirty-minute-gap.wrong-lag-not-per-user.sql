-- LAG without PARTITION BY compares an event with the previous event of anyone, so another user's activity keeps a session open.
WITH marked AS (
  SELECT user_id, occurred_at,
         CASE
           WHEN unixepoch(occurred_at)
                - unixepoch(LAG(occurred_at) OVER (ORDER BY occurred_at)) <= 1800
           THEN 0
           ELSE 1  -- a gap of more than 30 minutes, or the user's first event
         END AS starts_session
  FROM events
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
