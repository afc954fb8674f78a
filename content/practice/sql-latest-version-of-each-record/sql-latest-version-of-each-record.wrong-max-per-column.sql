-- MAX() of each column picks each value separately, mixing versions: the alphabetically last city is not the latest city.
SELECT customer_id, MAX(email) AS email, MAX(plan) AS plan, MAX(city) AS city
FROM profile_changes
GROUP BY customer_id
HAVING MAX(CASE WHEN deleted = 1 THEN changed_at END) IS NULL
ORDER BY customer_id;
