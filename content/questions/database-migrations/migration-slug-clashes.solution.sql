WITH slugs AS (
  SELECT id, lower(replace(replace(replace(title, '''', ''), '!', ''), ' ', '-')) AS slug
  FROM books
)
SELECT id, slug, COUNT(*) OVER (PARTITION BY slug) AS books_with_slug
FROM slugs
ORDER BY id;
