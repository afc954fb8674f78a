-- Wait up to 5 s for another connection's lock before failing with SQLITE_BUSY.
PRAGMA busy_timeout = 5000;

-- Alice (id 1) pays Bob (id 2) 100.
BEGIN IMMEDIATE;
UPDATE accounts SET balance = balance - 100 WHERE id = 1;
UPDATE accounts SET balance = balance + 100 WHERE id = 2;
COMMIT;

-- Bob pays Alice 40: the money goes the other way, but account 1 is still touched first.
BEGIN IMMEDIATE;
UPDATE accounts SET balance = balance + 40 WHERE id = 1;
UPDATE accounts SET balance = balance - 40 WHERE id = 2;
COMMIT;

SELECT id, owner, balance FROM accounts WHERE id IN (1, 2) ORDER BY id;
