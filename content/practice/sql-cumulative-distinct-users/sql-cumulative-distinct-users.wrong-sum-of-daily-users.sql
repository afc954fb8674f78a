-- A running sum of each day's distinct users counts a returning user again on every day they come back.
SELECT date(occurred_at) AS day,
       SUM(COUNT(DISTINCT user_id)) OVER (ORDER BY date(occurred_at)) AS cumulative_users
FROM events
GROUP BY day
ORDER BY day;
