-- DROP TABLE is transactional in SQLite (as in PostgreSQL): it can be rolled back.
BEGIN;
DROP TABLE loans;
ROLLBACK;

SELECT count(*) AS loans FROM loans;
