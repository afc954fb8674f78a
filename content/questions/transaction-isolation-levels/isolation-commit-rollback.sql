BEGIN;
UPDATE accounts SET balance = balance - 100 WHERE owner = 'Alice';
UPDATE accounts SET balance = balance + 100 WHERE owner = 'Bob';
-- Inside the transaction, its own changes are visible.
SELECT owner, balance FROM accounts WHERE owner IN ('Alice', 'Bob') ORDER BY id;
ROLLBACK;

-- Rolled back: both updates are gone, as if neither had run.
SELECT owner, balance FROM accounts WHERE owner IN ('Alice', 'Bob') ORDER BY id;
