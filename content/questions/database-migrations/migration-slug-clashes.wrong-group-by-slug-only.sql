-- Grouping by slug returns one row per slug, not one per book, so the books that clash are collapsed into one row.
SELECT MIN(id) AS id,
       lower(replace(replace(replace(title, '''', ''), '!', ''), ' ', '-')) AS slug,
       COUNT(*) AS books_with_slug
FROM books
GROUP BY slug
ORDER BY id;
