BEGIN;
-- A transfer references two accounts: the foreign key checks lock both rows FOR KEY SHARE.
INSERT INTO transfers (id, from_account_id, to_account_id, amount, made_at)
VALUES (100, 1, 2, 10, '2026-04-01 09:00:00');
SELECT a.id, a.owner, l.modes
FROM pgrowlocks('accounts') AS l
JOIN accounts AS a ON a.ctid = l.locked_row
ORDER BY a.id;
ROLLBACK;
