-- SUM of a comparison is NULL for a customer with no orders (the comparison is NULL on the LEFT JOIN's row), not 0.
SELECT c.name,
       COUNT(o.id) AS order_count,
       SUM(o.status = 'shipped') AS shipped_count
FROM shop_customer AS c
LEFT JOIN shop_order AS o ON o.customer_id = c.id
GROUP BY c.id, c.name
ORDER BY c.id;
