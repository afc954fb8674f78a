-- The inner join drops every account that has no movements at all.
SELECT a.id, a.owner, a.balance + SUM(m.delta) AS expected_balance
FROM accounts AS a
JOIN (
  SELECT to_account_id AS account_id, amount AS delta FROM transfers
  UNION ALL
  SELECT from_account_id, -amount FROM transfers
) AS m ON m.account_id = a.id
GROUP BY a.id, a.owner, a.balance
ORDER BY a.id;
