-- Comparing lower-cased titles ignores case but not the punctuation the slug strips, so "Winter's" and "Winters" are not matched.
SELECT b.id,
       lower(replace(replace(replace(b.title, '''', ''), '!', ''), ' ', '-')) AS slug,
       (SELECT COUNT(*) FROM books AS b2 WHERE lower(b2.title) = lower(b.title)) AS books_with_slug
FROM books AS b
ORDER BY b.id;
