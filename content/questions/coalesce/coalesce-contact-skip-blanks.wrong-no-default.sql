-- Without a last argument that cannot be NULL, a customer with no number at all gets NULL instead of 'no phone'.
SELECT name,
       COALESCE(NULLIF(mobile, ''), NULLIF(phone, '')) AS contact
FROM customers
ORDER BY id;
