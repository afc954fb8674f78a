-- Removing deletion rows before picking the latest brings back a deleted customer's previous version.
WITH ranked AS (
  SELECT customer_id, email, plan, city,
         ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY changed_at DESC, id DESC) AS n
  FROM profile_changes
  WHERE deleted = 0
)
SELECT customer_id, email, plan, city
FROM ranked
WHERE n = 1
ORDER BY customer_id;
