-- Bob pays Alice 40: lock both accounts up front, lower id first, then update them
BEGIN;
SELECT id, balance FROM accounts WHERE id IN (1, 2) ORDER BY id FOR UPDATE;
UPDATE accounts SET balance = balance - 40 WHERE id = 2;
UPDATE accounts SET balance = balance + 40 WHERE id = 1;
COMMIT;
SELECT id, balance FROM accounts WHERE id IN (1, 2) ORDER BY id;
