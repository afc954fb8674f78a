-- Each part in parentheses, with its own ORDER BY and LIMIT; the last ORDER BY sorts the whole.
(SELECT email, signed_up_on AS joined_on, 'customer' AS source
 FROM customers ORDER BY signed_up_on DESC LIMIT 1)
UNION ALL
(SELECT email, subscribed_on, 'newsletter'
 FROM newsletter_subscribers ORDER BY subscribed_on DESC LIMIT 1)
ORDER BY joined_on;
