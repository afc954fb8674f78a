-- profile_changes(id, customer_id, email, plan, city, changed_at, deleted)
SELECT *
FROM profile_changes
ORDER BY customer_id, changed_at;
