-- events(id, user_id, occurred_at)   occurred_at is 'YYYY-MM-DD HH:MM:SS', UTC
SELECT user_id, occurred_at
FROM events
ORDER BY user_id, occurred_at;
