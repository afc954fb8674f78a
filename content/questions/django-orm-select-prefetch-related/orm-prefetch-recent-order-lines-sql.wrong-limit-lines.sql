-- LIMIT 5 after the joins keeps five lines, which cuts the five orders short.
SELECT o.id AS order_id, c.name AS customer, p.name AS product
FROM shop_order AS o
JOIN shop_customer AS c ON c.id = o.customer_id
LEFT JOIN shop_orderitem AS i ON i.order_id = o.id
LEFT JOIN shop_product AS p ON p.id = i.product_id
ORDER BY o.created_at DESC, o.id DESC, p.name
LIMIT 5;
