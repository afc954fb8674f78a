ALTER TABLE books ADD COLUMN pages INTEGER NOT NULL DEFAULT 0;

ALTER TABLE books ADD COLUMN isbn TEXT NOT NULL;  -- no default: what would existing rows hold?
