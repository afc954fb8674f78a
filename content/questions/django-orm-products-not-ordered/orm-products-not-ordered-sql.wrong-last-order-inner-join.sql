-- Comparing the last order date is right, but the inner joins drop the product that was never ordered.
SELECT p.name
FROM shop_product AS p
JOIN shop_orderitem AS i ON i.product_id = p.id
JOIN shop_order AS o ON o.id = i.order_id
GROUP BY p.id, p.name
HAVING MAX(o.created_at) < '2025-01-01 00:00:00'
ORDER BY p.name;
