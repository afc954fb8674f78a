-- IMMEDIATE: take the write lock at BEGIN, so no other connection can start writing.
BEGIN IMMEDIATE;
UPDATE accounts SET balance = balance - 10 WHERE id = 1;  -- Alice pays Erin 10
UPDATE accounts SET balance = balance + 10 WHERE id = 5;
COMMIT;

-- EXCLUSIVE: in rollback-journal mode, also keep other connections from reading.
BEGIN EXCLUSIVE;
UPDATE accounts SET balance = balance - 5 WHERE id = 5;   -- Erin pays Dave 5
UPDATE accounts SET balance = balance + 5 WHERE id = 4;
COMMIT;

SELECT id, owner, balance FROM accounts WHERE id IN (1, 4, 5) ORDER BY id;

-- 0: this setting only affects connections that share one page cache.
PRAGMA read_uncommitted;
