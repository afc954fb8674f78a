-- Requiring a space on each side misses the word next to punctuation ("SQL." or "SQL;").
SELECT id, title
FROM articles
WHERE ' ' || title || ' ' || body || ' ' LIKE '% sql %'
ORDER BY id;
