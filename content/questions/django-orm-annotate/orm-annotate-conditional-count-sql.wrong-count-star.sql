-- COUNT(*) counts the row the LEFT JOIN keeps for a customer with no orders, so order_count shows 1 instead of 0.
SELECT c.name,
       COUNT(*) AS order_count,
       COUNT(CASE WHEN o.status = 'shipped' THEN o.id END) AS shipped_count
FROM shop_customer AS c
LEFT JOIN shop_order AS o ON o.customer_id = c.id
GROUP BY c.id, c.name
ORDER BY c.id;
