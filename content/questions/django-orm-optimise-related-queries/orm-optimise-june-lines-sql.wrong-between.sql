-- BETWEEN … AND '2025-06-30' stops at midnight on the 30th, because '2025-06-30 15:00:00' sorts after '2025-06-30'.
SELECT date(o.created_at) AS created_on, cu.name AS customer, i.quantity,
       p.name AS product, ca.name AS category
FROM shop_orderitem AS i
JOIN shop_order AS o ON o.id = i.order_id
JOIN shop_customer AS cu ON cu.id = o.customer_id
JOIN shop_product AS p ON p.id = i.product_id
JOIN shop_category AS ca ON ca.id = p.category_id
WHERE o.created_at BETWEEN '2025-06-01' AND '2025-06-30'
ORDER BY i.id;
