BEGIN;
DELETE FROM loans;
SELECT count(*) AS loans_inside_transaction FROM loans;
ROLLBACK;

SELECT count(*) AS loans_after_rollback FROM loans;
