-- Counting sign-ups is not counting users seen: someone who signed up and never opened the app is counted.
SELECT d.day,
       (SELECT COUNT(*) FROM app_users AS u WHERE u.signed_up_on <= d.day) AS cumulative_users
FROM (SELECT DISTINCT date(occurred_at) AS day FROM events) AS d
ORDER BY d.day;
