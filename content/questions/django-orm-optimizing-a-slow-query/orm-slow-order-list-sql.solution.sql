SELECT o.id, c.name AS customer, COUNT(i.id) AS item_count,
       COALESCE(SUM(i.quantity * i.unit_price_cents), 0) AS total_cents
FROM shop_order AS o
JOIN shop_customer AS c ON c.id = o.customer_id
LEFT JOIN shop_orderitem AS i ON i.order_id = o.id
GROUP BY o.id, c.name, o.created_at
ORDER BY o.created_at DESC, o.id DESC
LIMIT 5;
