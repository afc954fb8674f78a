-- The earlier migrations: slug added as a nullable column and backfilled.
ALTER TABLE books ADD COLUMN slug TEXT NULL;
UPDATE books SET slug = lower(replace(replace(replace(title, '''', ''), '!', ''), ' ', '-'));
