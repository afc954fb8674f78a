-- Leaves the cancelled orders out of the count but not out of the sum, so their lines are still spent.
SELECT c.name,
       COUNT(DISTINCT CASE WHEN o.status <> 'cancelled' THEN o.id END) AS order_count,
       COALESCE(SUM(i.quantity * i.unit_price_cents), 0) AS spent_cents
FROM shop_customer AS c
LEFT JOIN shop_order AS o ON o.customer_id = c.id
LEFT JOIN shop_orderitem AS i ON i.order_id = o.id
GROUP BY c.id, c.name
ORDER BY c.name, c.id;
