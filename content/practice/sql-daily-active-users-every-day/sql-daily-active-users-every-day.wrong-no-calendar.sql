-- Grouping the events by day returns only the days that have events, so the empty days are missing instead of 0.
SELECT date(occurred_at) AS day, COUNT(DISTINCT user_id) AS active_users
FROM events
WHERE occurred_at >= '2026-03-01' AND occurred_at < '2026-04-01'
GROUP BY day
ORDER BY day;
