-- The loan history was cleared with SQLite's TRUNCATE: a DELETE without WHERE.
DELETE FROM loans;
