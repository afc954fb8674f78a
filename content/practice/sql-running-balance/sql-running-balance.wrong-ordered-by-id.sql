-- Ordering the window by id alone applies transactions in the order they were entered, not the order they were posted.
SELECT a.name AS account,
       t.id AS transaction_id,
       t.posted_on,
       t.amount_cents,
       a.opening_balance_cents
         + SUM(t.amount_cents) OVER (PARTITION BY t.account_id ORDER BY t.id) AS balance_cents
FROM transactions AS t
JOIN accounts AS a ON a.id = t.account_id
ORDER BY a.id, t.posted_on, t.id;
