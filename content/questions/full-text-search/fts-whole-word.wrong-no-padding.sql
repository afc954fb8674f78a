-- Without padding, the pattern needs a separator before the word, so a title that starts with it does not match.
SELECT id, title
FROM articles
WHERE lower(title || ' ' || body) GLOB '*[^a-z0-9]sql[^a-z0-9]*'
ORDER BY id;
