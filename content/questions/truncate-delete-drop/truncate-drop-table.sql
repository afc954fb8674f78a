-- DROP TABLE is transactional in SQLite (as in PostgreSQL): it can be rolled back.
BEGIN;
DROP TABLE loans;
ROLLBACK;
SELECT count(*) AS loans FROM loans;

-- Outside a transaction it takes effect at once: the rows and the definition are gone.
DROP TABLE loans;
SELECT * FROM loans;
