-- Joining the two tables on the month loses every month that has sign-ups of one kind only.
SELECT substr(c.signed_up_on, 1, 7) AS month,
       COUNT(DISTINCT c.id) AS customers,
       COUNT(DISTINCT n.email) AS subscribers,
       COUNT(DISTINCT c.id) + COUNT(DISTINCT n.email) AS signups
FROM customers AS c
JOIN newsletter_subscribers AS n ON substr(n.subscribed_on, 1, 7) = substr(c.signed_up_on, 1, 7)
GROUP BY substr(c.signed_up_on, 1, 7)
ORDER BY month;
