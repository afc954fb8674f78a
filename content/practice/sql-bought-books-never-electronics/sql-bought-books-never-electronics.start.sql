-- shop_customer(id, name, ...), shop_order(id, customer_id, created_at, status, ...)
-- shop_orderitem(order_id, product_id, ...), shop_product(id, name, category_id, ...)
-- shop_category(id, name)
SELECT o.customer_id, o.status, c.name AS category
FROM shop_order AS o
JOIN shop_orderitem AS i ON i.order_id = o.id
JOIN shop_product AS p ON p.id = i.product_id
JOIN shop_category AS c ON c.id = p.category_id
ORDER BY o.customer_id;
