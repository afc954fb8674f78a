-- Filtering on status in WHERE makes both counts count shipped orders only and drops customers with none.
SELECT c.name,
       COUNT(o.id) AS order_count,
       COUNT(o.id) AS shipped_count
FROM shop_customer AS c
LEFT JOIN shop_order AS o ON o.customer_id = c.id
WHERE o.status = 'shipped'
GROUP BY c.id, c.name
ORDER BY c.id;
