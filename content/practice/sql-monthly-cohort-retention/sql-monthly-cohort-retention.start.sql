-- app_users(id, name, signed_up_on)
-- events(id, user_id, occurred_at)   occurred_at is 'YYYY-MM-DD HH:MM:SS'
SELECT strftime('%Y-%m', signed_up_on) AS cohort_month, id, name
FROM app_users
ORDER BY cohort_month;
