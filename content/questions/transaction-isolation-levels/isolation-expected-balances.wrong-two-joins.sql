-- Joining transfers as payer and as payee in one query pairs every outgoing row with every incoming row, so the sums are multiplied.
SELECT a.id, a.owner,
       a.balance + COALESCE(SUM(i.amount), 0) - COALESCE(SUM(o.amount), 0) AS expected_balance
FROM accounts AS a
LEFT JOIN transfers AS i ON i.to_account_id = a.id
LEFT JOIN transfers AS o ON o.from_account_id = a.id
GROUP BY a.id, a.owner, a.balance
ORDER BY a.id;
