-- Sign-ups per month, shop and newsletter together.
-- Wrong: UNION merges different sign-ups that happen to share a date.
SELECT substr(day, 1, 7) AS month, COUNT(*) AS signups
FROM (
  SELECT signed_up_on AS day FROM customers
  UNION
  SELECT subscribed_on FROM newsletter_subscribers
) AS signup_days
GROUP BY month
ORDER BY month;

-- Right: UNION ALL keeps every row.
SELECT substr(day, 1, 7) AS month, COUNT(*) AS signups
FROM (
  SELECT signed_up_on AS day FROM customers
  UNION ALL
  SELECT subscribed_on FROM newsletter_subscribers
) AS signup_days
GROUP BY month
ORDER BY month;
