BEGIN;
SELECT id, balance FROM accounts WHERE id IN (2, 1) ORDER BY id FOR UPDATE;  -- PostgreSQL, MySQL
