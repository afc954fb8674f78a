-- accounts(id, name, opening_balance_cents, opened_on)
-- transactions(id, account_id, posted_on, amount_cents, memo)
SELECT a.name AS account, t.id AS transaction_id, t.posted_on, t.amount_cents
FROM transactions AS t
JOIN accounts AS a ON a.id = t.account_id
ORDER BY a.id, t.posted_on, t.id;
