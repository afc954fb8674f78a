-- Lists products with some order before the cut-off, even if they were also ordered after it, and misses never-ordered ones.
SELECT DISTINCT p.name
FROM shop_product AS p
JOIN shop_orderitem AS i ON i.product_id = p.id
JOIN shop_order AS o ON o.id = i.order_id
WHERE o.created_at < '2025-01-01 00:00:00'
ORDER BY p.name;
