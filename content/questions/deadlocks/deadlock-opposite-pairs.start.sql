-- Table: transfers (id, from_account_id, to_account_id, amount, made_at).
SELECT t1.id AS first_transfer, t2.id AS second_transfer
FROM transfers AS t1
JOIN transfers AS t2 ON t2.made_at = t1.made_at
ORDER BY first_transfer, second_transfer;
