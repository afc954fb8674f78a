SELECT LOWER(email) AS email, COUNT(*) AS copies
FROM contacts
WHERE email IS NOT NULL
GROUP BY LOWER(email)
HAVING COUNT(*) > 1
ORDER BY email;
