SELECT a.id, a.owner, a.balance + COALESCE(SUM(m.delta), 0) AS expected_balance
FROM accounts AS a
LEFT JOIN (
  SELECT to_account_id AS account_id, amount AS delta FROM transfers
  UNION ALL
  SELECT from_account_id, -amount FROM transfers
) AS m ON m.account_id = a.id
GROUP BY a.id, a.owner, a.balance
ORDER BY a.id;
