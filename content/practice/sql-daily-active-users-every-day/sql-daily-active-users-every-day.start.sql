-- events(id, user_id, occurred_at)   occurred_at is 'YYYY-MM-DD HH:MM:SS'
SELECT date(occurred_at) AS day, user_id
FROM events
WHERE occurred_at >= '2026-03-01' AND occurred_at < '2026-04-01'
ORDER BY day;
