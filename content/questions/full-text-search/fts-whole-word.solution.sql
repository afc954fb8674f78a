SELECT id, title
FROM articles
WHERE ' ' || lower(title || ' ' || body) || ' ' GLOB '*[^a-z0-9]sql[^a-z0-9]*'
ORDER BY id;
