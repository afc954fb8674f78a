-- The largest id is the row that arrived last, which can be an old change delivered again.
SELECT p.customer_id, p.email, p.plan, p.city
FROM profile_changes AS p
WHERE p.id = (SELECT MAX(id) FROM profile_changes WHERE customer_id = p.customer_id)
  AND p.deleted = 0
ORDER BY p.customer_id;
