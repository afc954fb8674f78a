-- events(id, user_id, occurred_at)   occurred_at is 'YYYY-MM-DD HH:MM:SS'
SELECT date(occurred_at) AS day, COUNT(DISTINCT user_id) AS users_that_day
FROM events
GROUP BY day
ORDER BY day;
