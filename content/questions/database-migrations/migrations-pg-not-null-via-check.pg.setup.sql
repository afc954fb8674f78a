-- 0003 and 0004 as plain SQL: a nullable slug, then the backfill.
ALTER TABLE books ADD COLUMN slug text;
UPDATE books SET slug = lower(replace(title, ' ', '-')) || '-' || id;
