-- library/migrations/0002_review.py: CreateModel("Review", …)
BEGIN;
CREATE TABLE reviews (
  id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
  book_id INTEGER NOT NULL REFERENCES books (id) DEFERRABLE INITIALLY DEFERRED,
  rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
  written_on TEXT NOT NULL
);
-- The index on the foreign key is "deferred SQL": run at the end of the migration's transaction.
CREATE INDEX reviews_book_id ON reviews (book_id);
COMMIT;
-- Because the migration had deferred SQL, migrate records it after the commit, in autocommit.
INSERT INTO django_migrations (app, name, applied) VALUES ('library', '0002_review', '2026-04-01 09:30:00');

SELECT type, name FROM sqlite_schema WHERE tbl_name = 'reviews' ORDER BY type DESC, name;
SELECT app, name, applied FROM django_migrations ORDER BY id;
