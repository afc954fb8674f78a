-- AlterField: slug becomes NOT NULL and UNIQUE. SQLite's ALTER TABLE cannot do that,
-- so Django rebuilds the table (foreign key enforcement is off, SQLite's default).
BEGIN;
CREATE TABLE new__books (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  author_id INTEGER REFERENCES authors (id) ON DELETE SET NULL,
  published INTEGER NOT NULL,
  slug TEXT NOT NULL UNIQUE
);
INSERT INTO new__books (id, title, author_id, published, slug)
SELECT id, title, author_id, published, slug FROM books;
DROP TABLE books;
ALTER TABLE new__books RENAME TO books;
CREATE INDEX books_author_id ON books (author_id);
COMMIT;

SELECT sql FROM sqlite_schema WHERE name = 'books';
SELECT count(*) AS books, (SELECT count(*) FROM loans) AS loans FROM books;
PRAGMA foreign_key_check;  -- no rows: every loan still points at an existing book
