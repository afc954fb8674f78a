-- Tables: accounts (id, owner, balance) and transfers (id, from_account_id, to_account_id, amount, made_at).
SELECT a.id, a.owner, a.balance AS expected_balance
FROM accounts AS a
ORDER BY a.id;
