-- contacts(id, name, email, source, signed_up_at)
SELECT id, name, email
FROM contacts
ORDER BY email;
