-- Back up: a second database, the same schema (statements from sqlite_schema), the rows.
ATTACH DATABASE ':memory:' AS backup;
CREATE TABLE backup.loans (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  book_id INTEGER NOT NULL REFERENCES books (id) ON DELETE CASCADE,
  borrower TEXT NOT NULL,
  loaned_on TEXT NOT NULL,
  returned_on TEXT
);
INSERT INTO backup.loans SELECT * FROM main.loans;

-- Disaster: a DELETE with a forgotten WHERE clause.
DELETE FROM main.loans;
SELECT (SELECT count(*) FROM main.loans) AS loans_now, (SELECT count(*) FROM backup.loans) AS in_backup;

-- Restore from the copy, and check that nothing differs.
INSERT INTO main.loans SELECT * FROM backup.loans;
SELECT count(*) AS restored_loans FROM main.loans;
SELECT count(*) AS rows_that_differ
FROM (SELECT * FROM main.loans EXCEPT SELECT * FROM backup.loans);
