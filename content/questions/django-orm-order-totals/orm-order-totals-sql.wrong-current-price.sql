-- Multiplies by the product's current price, so an order's total changes whenever a price does.
SELECT o.id, o.created_at, o.status, COALESCE(SUM(i.quantity * p.price_cents), 0) AS total_cents
FROM shop_order AS o
LEFT JOIN shop_orderitem AS i ON i.order_id = o.id
LEFT JOIN shop_product AS p ON p.id = i.product_id
WHERE o.created_at >= '2025-04-01 00:00:00'
GROUP BY o.id, o.created_at, o.status
ORDER BY o.created_at;
