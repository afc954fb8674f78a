PRAGMA foreign_keys = ON;  -- the same rebuild, but with foreign key enforcement on
SELECT count(*) AS loans_before FROM loans;

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
DROP TABLE books;  -- deletes every book first, and ON DELETE CASCADE deletes their loans
ALTER TABLE new__books RENAME TO books;
COMMIT;

SELECT count(*) AS books_after, (SELECT count(*) FROM loans) AS loans_after FROM books;
