-- Schema migration: AddField(model_name="book", name="slug", field=SlugField(null=True))
ALTER TABLE books ADD COLUMN slug TEXT NULL;

-- Data migration: fill the new column for the rows that already exist.
UPDATE books
SET slug = lower(replace(replace(replace(title, '''', ''), '!', ''), ' ', '-'))
WHERE slug IS NULL;

SELECT id, title, slug FROM books ORDER BY id;
