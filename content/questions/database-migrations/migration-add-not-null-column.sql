ALTER TABLE books ADD COLUMN pages INTEGER NOT NULL DEFAULT 0;
SELECT id, title, pages FROM books ORDER BY id LIMIT 2;  -- existing rows got the default

ALTER TABLE books ADD COLUMN isbn TEXT NOT NULL;  -- no default: what would existing rows hold?
