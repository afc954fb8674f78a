-- Without PARTITION BY, the running sum mixes every account's transactions.
SELECT a.name AS account,
       t.id AS transaction_id,
       t.posted_on,
       t.amount_cents,
       a.opening_balance_cents
         + SUM(t.amount_cents) OVER (ORDER BY t.posted_on, t.id) AS balance_cents
FROM transactions AS t
JOIN accounts AS a ON a.id = t.account_id
ORDER BY a.id, t.posted_on, t.id;
