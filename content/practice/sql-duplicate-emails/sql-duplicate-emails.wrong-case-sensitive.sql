-- Grouping by the email as typed treats Ana@Example.com and ana@example.com as two addresses.
SELECT LOWER(email) AS email, COUNT(*) AS copies
FROM contacts
WHERE email IS NOT NULL
GROUP BY email
HAVING COUNT(*) > 1
ORDER BY email;
