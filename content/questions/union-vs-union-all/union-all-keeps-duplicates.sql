SELECT email, 'customer' AS source FROM customers
UNION ALL
SELECT email, 'newsletter' FROM newsletter_subscribers
ORDER BY email, source;
