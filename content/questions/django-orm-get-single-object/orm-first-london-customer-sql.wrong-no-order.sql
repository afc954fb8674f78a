-- LIMIT 1 without ORDER BY returns the first row read, here the smallest id, not the earliest to join.
SELECT id, name, joined_on
FROM shop_customer
WHERE city = 'London'
LIMIT 1;
