SELECT name,
       COALESCE(NULLIF(mobile, ''), NULLIF(phone, ''), 'no phone') AS contact
FROM customers
ORDER BY id;
