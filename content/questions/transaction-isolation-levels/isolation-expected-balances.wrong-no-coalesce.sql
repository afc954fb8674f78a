-- A subquery over no transfers returns NULL, and the balance plus NULL is NULL for an account with no movements.
SELECT a.id, a.owner,
       a.balance
       + (SELECT SUM(amount) FROM transfers WHERE to_account_id = a.id)
       - (SELECT SUM(amount) FROM transfers WHERE from_account_id = a.id) AS expected_balance
FROM accounts AS a
ORDER BY a.id;
