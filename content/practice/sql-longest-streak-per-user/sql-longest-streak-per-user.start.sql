-- app_users(id, name, signed_up_on)
-- events(id, user_id, occurred_at)   occurred_at is 'YYYY-MM-DD HH:MM:SS'
SELECT DISTINCT user_id, date(occurred_at) AS day
FROM events
ORDER BY user_id, day;
