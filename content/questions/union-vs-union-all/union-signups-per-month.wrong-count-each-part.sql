-- Counting each table separately and stacking the counts gives two rows for a month that has sign-ups in both tables.
SELECT substr(signed_up_on, 1, 7) AS month, COUNT(*) AS customers, 0 AS subscribers, COUNT(*) AS signups
FROM customers
GROUP BY month
UNION ALL
SELECT substr(subscribed_on, 1, 7), 0, COUNT(*), COUNT(*)
FROM newsletter_subscribers
GROUP BY substr(subscribed_on, 1, 7)
ORDER BY month;
