SELECT id, name, joined_on
FROM shop_customer
WHERE city = 'London'
ORDER BY joined_on, id
LIMIT 1;
