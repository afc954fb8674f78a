BEGIN;
UPDATE accounts SET balance = balance + 50 WHERE id = 5;

BEGIN;  -- transactions do not nest: use SAVEPOINT for an inner one
