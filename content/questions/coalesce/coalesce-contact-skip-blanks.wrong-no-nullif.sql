-- COALESCE only skips NULL, so an empty mobile '' is returned as the contact instead of the landline.
SELECT name,
       COALESCE(mobile, phone, 'no phone') AS contact
FROM customers
ORDER BY id;
