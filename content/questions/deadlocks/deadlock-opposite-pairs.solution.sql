SELECT t1.id AS first_transfer,
       t2.id AS second_transfer,
       CASE WHEN t1.from_account_id < t1.to_account_id THEN t1.from_account_id ELSE t1.to_account_id END AS first_lock,
       CASE WHEN t1.from_account_id < t1.to_account_id THEN t1.to_account_id ELSE t1.from_account_id END AS second_lock
FROM transfers AS t1
JOIN transfers AS t2
  ON t2.made_at = t1.made_at
 AND t1.id < t2.id
 AND t2.from_account_id = t1.to_account_id
 AND t2.to_account_id = t1.from_account_id
ORDER BY first_transfer, second_transfer;
