SELECT o.id, o.created_at, o.status,
       COALESCE(SUM(i.quantity * i.unit_price_cents), 0) AS total_cents
FROM shop_order AS o
LEFT JOIN shop_orderitem AS i ON i.order_id = o.id
WHERE o.created_at >= '2025-04-01 00:00:00'
GROUP BY o.id, o.created_at, o.status
ORDER BY o.created_at;
