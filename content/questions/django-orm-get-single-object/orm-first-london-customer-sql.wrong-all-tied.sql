-- Matching the earliest date returns every London customer who joined that day, not one.
SELECT id, name, joined_on
FROM shop_customer
WHERE city = 'London'
  AND joined_on = (SELECT MIN(joined_on) FROM shop_customer WHERE city = 'London')
ORDER BY id;
