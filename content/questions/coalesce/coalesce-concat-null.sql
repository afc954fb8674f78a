-- Concatenation with a NULL is NULL; COALESCE keeps the rest of the string.
SELECT name,
       phone,
       name || ' <' || phone || '>' AS naive,
       name || COALESCE(' <' || phone || '>', '') AS with_coalesce,
       concat(name, ' <', phone, '>') AS with_concat   -- SQLite 3.44+: NULLs become ''
FROM customers
WHERE id IN (1, 2, 4)
ORDER BY id;
