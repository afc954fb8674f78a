-- Table: books (id, title, author_id, published). The slug column does not exist yet.
SELECT id,
       lower(replace(replace(replace(title, '''', ''), '!', ''), ' ', '-')) AS slug,
       NULL AS books_with_slug  -- how many books get this slug?
FROM books
ORDER BY id;
