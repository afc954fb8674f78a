SELECT email FROM customers
UNION
SELECT email FROM newsletter_subscribers
ORDER BY email;
