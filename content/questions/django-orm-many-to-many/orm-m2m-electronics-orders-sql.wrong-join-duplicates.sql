-- The joins return one row per Electronics line, so an order with two such lines is listed twice.
SELECT o.id, o.created_at
FROM shop_order AS o
JOIN shop_orderitem AS i ON i.order_id = o.id
JOIN shop_product AS p ON p.id = i.product_id
JOIN shop_category AS c ON c.id = p.category_id
WHERE c.name = 'Electronics'
ORDER BY o.id;
