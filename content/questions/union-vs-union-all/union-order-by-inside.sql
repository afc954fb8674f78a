-- The newest customer and the newest subscriber: ORDER BY and LIMIT inside each part.
SELECT email, signed_up_on FROM customers
ORDER BY signed_up_on DESC LIMIT 1
UNION ALL
SELECT email, subscribed_on FROM newsletter_subscribers
ORDER BY subscribed_on DESC LIMIT 1;
