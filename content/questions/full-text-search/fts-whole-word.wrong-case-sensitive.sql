-- GLOB is case-sensitive, so without lower() the pattern for "SQL" misses the word written "sql".
SELECT id, title
FROM articles
WHERE ' ' || title || ' ' || body || ' ' GLOB '*[^A-Za-z0-9]SQL[^A-Za-z0-9]*'
ORDER BY id;
