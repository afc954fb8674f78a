SELECT * FROM (
  SELECT email, signed_up_on AS joined_on, 'customer' AS source
  FROM customers ORDER BY signed_up_on DESC LIMIT 1
)
UNION ALL
SELECT * FROM (
  SELECT email, subscribed_on, 'newsletter'
  FROM newsletter_subscribers ORDER BY subscribed_on DESC LIMIT 1
)
ORDER BY joined_on;
