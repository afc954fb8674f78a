-- With two arguments, IFNULL and COALESCE are the same.
SELECT name,
       IFNULL(mobile, 'none') AS with_ifnull,
       COALESCE(mobile, 'none') AS with_coalesce
FROM customers
WHERE id IN (2, 3, 4)
ORDER BY id;

-- IFNULL takes exactly two.
SELECT name, IFNULL(mobile, phone, 'no phone') AS contact
FROM customers;
