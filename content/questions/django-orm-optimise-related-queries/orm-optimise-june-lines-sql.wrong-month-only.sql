-- Matching the month alone also takes orders from June of other years.
SELECT date(o.created_at) AS created_on, cu.name AS customer, i.quantity,
       p.name AS product, ca.name AS category
FROM shop_orderitem AS i
JOIN shop_order AS o ON o.id = i.order_id
JOIN shop_customer AS cu ON cu.id = o.customer_id
JOIN shop_product AS p ON p.id = i.product_id
JOIN shop_category AS ca ON ca.id = p.category_id
WHERE strftime('%m', o.created_at) = '06'
ORDER BY i.id;
