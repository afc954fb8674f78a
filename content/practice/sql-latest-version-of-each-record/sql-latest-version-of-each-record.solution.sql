WITH ranked AS (
  SELECT customer_id, email, plan, city, deleted,
         ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY changed_at DESC, id DESC) AS n
  FROM profile_changes
)
SELECT customer_id, email, plan, city
FROM ranked
WHERE n = 1 AND deleted = 0
ORDER BY customer_id;
