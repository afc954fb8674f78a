-- Back up: VACUUM INTO writes a consistent copy of the whole database to a new file.
-- It refuses to overwrite an existing file, so backups get a fresh, timestamped name
-- (here the file lives in the browser's memory).
CREATE TEMP TABLE backup_file AS
SELECT 'library-' || strftime('%Y%m%dT%H%M%f', 'now') || '-' || hex(randomblob(4)) || '.db' AS name;
VACUUM INTO (SELECT name FROM backup_file);
ATTACH DATABASE (SELECT name FROM backup_file) AS backup;

-- Disaster: a DELETE with a forgotten WHERE clause.
DELETE FROM main.loans;
SELECT (SELECT count(*) FROM main.loans) AS loans_now, (SELECT count(*) FROM backup.loans) AS in_backup;

-- Restore the table from the copy, and check that nothing differs, in both directions.
INSERT INTO main.loans SELECT * FROM backup.loans;
SELECT count(*) AS restored_loans FROM main.loans;
SELECT
  (SELECT count(*) FROM (SELECT * FROM main.loans EXCEPT SELECT * FROM backup.loans)) AS only_in_restored,
  (SELECT count(*) FROM (SELECT * FROM backup.loans EXCEPT SELECT * FROM main.loans)) AS only_in_backup;
