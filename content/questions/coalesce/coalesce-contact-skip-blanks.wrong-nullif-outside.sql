-- NULLIF around the whole chain comes too late: COALESCE has already stopped at the empty mobile, so the landline is never reached.
SELECT name,
       COALESCE(NULLIF(COALESCE(mobile, phone), ''), 'no phone') AS contact
FROM customers
ORDER BY id;
