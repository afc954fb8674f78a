-- Ordered by posted_on alone, the default RANGE frame includes every transaction of the same day, so both get the day's closing balance.
SELECT a.name AS account,
       t.id AS transaction_id,
       t.posted_on,
       t.amount_cents,
       a.opening_balance_cents
         + SUM(t.amount_cents) OVER (PARTITION BY t.account_id ORDER BY t.posted_on) AS balance_cents
FROM transactions AS t
JOIN accounts AS a ON a.id = t.account_id
ORDER BY a.id, t.posted_on, t.id;
