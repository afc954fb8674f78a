-- contacts(id, name, email, source, signed_up_at)
SELECT id, email
FROM contacts
ORDER BY LOWER(email), id;
