-- The subquery takes the earliest join date of all customers, who may not live in London.
SELECT id, name, joined_on
FROM shop_customer
WHERE city = 'London'
  AND joined_on = (SELECT MIN(joined_on) FROM shop_customer)
ORDER BY id
LIMIT 1;
