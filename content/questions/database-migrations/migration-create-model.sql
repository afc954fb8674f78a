-- library/migrations/0002_review.py: CreateModel("Review", …)
BEGIN;
CREATE TABLE reviews (
  id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
  book_id INTEGER NOT NULL REFERENCES books (id) DEFERRABLE INITIALLY DEFERRED,
  rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
  written_on TEXT NOT NULL
);
CREATE INDEX reviews_book_id ON reviews (book_id);
-- migrate records the migration in the same transaction.
INSERT INTO django_migrations (app, name, applied) VALUES ('library', '0002_review', '2026-04-01 09:30:00');
COMMIT;

SELECT type, name FROM sqlite_schema WHERE tbl_name = 'reviews';
SELECT app, name, applied FROM django_migrations ORDER BY id;
