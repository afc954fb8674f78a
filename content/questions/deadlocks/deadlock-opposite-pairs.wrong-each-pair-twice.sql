-- Without t1.id < t2.id every pair comes back twice, once in each order.
SELECT t1.id AS first_transfer,
       t2.id AS second_transfer,
       MIN(t1.from_account_id, t1.to_account_id) AS first_lock,
       MAX(t1.from_account_id, t1.to_account_id) AS second_lock
FROM transfers AS t1
JOIN transfers AS t2
  ON t2.made_at = t1.made_at
 AND t2.from_account_id = t1.to_account_id
 AND t2.to_account_id = t1.from_account_id
ORDER BY first_transfer, second_transfer;
