-- The inner join drops an order that has no lines yet instead of showing it with 0.
SELECT o.id, o.created_at, o.status, SUM(i.quantity * i.unit_price_cents) AS total_cents
FROM shop_order AS o
JOIN shop_orderitem AS i ON i.order_id = o.id
WHERE o.created_at >= '2025-04-01 00:00:00'
GROUP BY o.id, o.created_at, o.status
ORDER BY o.created_at;
