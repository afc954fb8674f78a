-- One transaction only so that pg_stat_xact_user_tables can count the sequential scans of books;
-- in a migration each ALTER would be its own, short, transaction. The counter may already hold
-- earlier scans (it is flushed now and then), so each step shows the scans since the start.
BEGIN;
CREATE TEMPORARY TABLE scans_at_start AS
  SELECT seq_scan AS n FROM pg_stat_xact_user_tables WHERE relname = 'books';
CREATE TEMPORARY VIEW scans_so_far AS
  SELECT seq_scan - (SELECT n FROM scans_at_start) AS scans
  FROM pg_stat_xact_user_tables WHERE relname = 'books';
ALTER TABLE books ADD CONSTRAINT books_slug_not_null CHECK (slug IS NOT NULL) NOT VALID;
SELECT scans AS after_add_not_valid FROM scans_so_far;
ALTER TABLE books VALIDATE CONSTRAINT books_slug_not_null;
SELECT scans AS after_validate FROM scans_so_far;
ALTER TABLE books ALTER COLUMN slug SET NOT NULL;
SELECT scans AS after_set_not_null FROM scans_so_far;
ALTER TABLE books DROP CONSTRAINT books_slug_not_null;  -- redundant now
-- Without a valid check to rely on, SET NOT NULL scans the table itself.
ALTER TABLE books ALTER COLUMN slug DROP NOT NULL;
ALTER TABLE books ALTER COLUMN slug SET NOT NULL;
SELECT scans AS after_plain_set_not_null FROM scans_so_far;
COMMIT;
