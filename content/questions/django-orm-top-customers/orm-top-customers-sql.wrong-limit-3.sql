-- LIMIT 3 keeps three rows and drops a customer tied with the third.
SELECT RANK() OVER (ORDER BY COUNT(*) DESC) AS rank, c.name, COUNT(*) AS shipped_orders
FROM shop_customer AS c
JOIN shop_order AS o ON o.customer_id = c.id
WHERE o.status = 'shipped'
GROUP BY c.id, c.name
ORDER BY rank, c.id
LIMIT 3;
