SELECT name,
       mobile,
       phone,
       COALESCE(mobile, phone, 'no phone') AS contact
FROM customers
ORDER BY id;
