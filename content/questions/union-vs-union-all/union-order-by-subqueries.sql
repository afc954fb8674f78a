-- Each derived table has an alias: PostgreSQL before 16 and MySQL require one.
SELECT * FROM (
  SELECT email, signed_up_on AS joined_on, 'customer' AS source
  FROM customers ORDER BY signed_up_on DESC LIMIT 1
) AS newest_customer
UNION ALL
SELECT * FROM (
  SELECT email, subscribed_on, 'newsletter'
  FROM newsletter_subscribers ORDER BY subscribed_on DESC LIMIT 1
) AS newest_subscriber
ORDER BY joined_on;
