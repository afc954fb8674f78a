-- NULLIF is applied to the mobile only, so a blank landline '' still wins over the 'no phone' default.
SELECT name,
       COALESCE(NULLIF(mobile, ''), phone, 'no phone') AS contact
FROM customers
ORDER BY id;
