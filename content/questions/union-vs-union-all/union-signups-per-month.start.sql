-- Tables: customers (signed_up_on, …) and newsletter_subscribers (email, subscribed_on).
SELECT substr(signed_up_on, 1, 7) AS month, COUNT(*) AS signups
FROM customers
GROUP BY month
ORDER BY month;
