BEGIN;
-- First transfer: Carol pays Dave 200.
UPDATE accounts SET balance = balance - 200 WHERE id = 3;
UPDATE accounts SET balance = balance + 200 WHERE id = 4;

SAVEPOINT second_transfer;
-- Second transfer: Dave pays Erin 250, then the application changes its mind.
UPDATE accounts SET balance = balance - 250 WHERE id = 4;
UPDATE accounts SET balance = balance + 250 WHERE id = 5;
ROLLBACK TO second_transfer;  -- undoes only the work after the savepoint
RELEASE second_transfer;      -- forgets the savepoint; the transaction goes on

COMMIT;
SELECT id, owner, balance FROM accounts WHERE id IN (3, 4, 5) ORDER BY id;
