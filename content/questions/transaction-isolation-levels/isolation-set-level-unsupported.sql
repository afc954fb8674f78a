SELECT owner, balance FROM accounts WHERE id = 1;

SET TRANSACTION ISOLATION LEVEL SERIALIZABLE;  -- PostgreSQL and MySQL syntax
