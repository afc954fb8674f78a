-- GROUP BY makes one group of all the NULL emails and keeps only its smallest id, so it deletes contacts without an email.
SELECT id
FROM contacts
WHERE id NOT IN (SELECT MIN(id) FROM contacts GROUP BY LOWER(email));
