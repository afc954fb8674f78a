ALTER TABLE books ADD COLUMN pages INTEGER NOT NULL DEFAULT 0;  -- fine: existing rows get 0
SELECT id, title, pages FROM books WHERE id <= 2;

ALTER TABLE books ADD COLUMN isbn TEXT NOT NULL;  -- no default: what would existing rows hold?
