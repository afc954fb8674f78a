-- DROP TABLE is transactional in SQLite (as in PostgreSQL): it can be rolled back.
BEGIN;
DROP TABLE loans;
ROLLBACK;
SELECT count(*) AS loans FROM loans;

DROP TABLE loans;    -- outside a transaction it takes effect at once
SELECT * FROM loans; -- the rows and the table definition are gone
