-- Searching the body alone misses an article that uses the word only in its title.
SELECT id, title
FROM articles
WHERE ' ' || lower(body) || ' ' GLOB '*[^a-z0-9]sql[^a-z0-9]*'
ORDER BY id;
