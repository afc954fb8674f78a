-- Treat transfers made at the same moment as transactions running concurrently.
-- Naively, each locks the account it takes money from, then the one it pays into.
SELECT
  a.id AS t1,
  b.id AS t2,
  a.from_account_id || ' then ' || a.to_account_id AS t1_naive,
  b.from_account_id || ' then ' || b.to_account_id AS t2_naive,
  a.from_account_id = b.to_account_id
    AND a.to_account_id = b.from_account_id AS naive_can_deadlock,
  -- The fix: always lock the lower account id first.
  min(a.from_account_id, a.to_account_id) || ' then ' || max(a.from_account_id, a.to_account_id) AS t1_ordered,
  min(b.from_account_id, b.to_account_id) || ' then ' || max(b.from_account_id, b.to_account_id) AS t2_ordered
FROM transfers AS a
JOIN transfers AS b ON b.made_at = a.made_at AND b.id > a.id
ORDER BY a.id;
