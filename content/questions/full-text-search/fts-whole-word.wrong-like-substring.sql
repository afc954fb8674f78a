-- LIKE '%sql%' matches the letters inside other words, such as PostgreSQL and SQLite.
SELECT id, title
FROM articles
WHERE title LIKE '%sql%' OR body LIKE '%sql%'
ORDER BY id;
