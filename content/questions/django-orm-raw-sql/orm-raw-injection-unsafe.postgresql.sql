-- query 1 of 2
SELECT id,
       name
FROM shop_product
WHERE name = 'USB-C Hub'
ORDER BY id;

-- query 2 of 2
SELECT id,
       name
FROM shop_product
WHERE name = ''
UNION
SELECT id,
       email
FROM shop_customer --' ORDER BY id;
