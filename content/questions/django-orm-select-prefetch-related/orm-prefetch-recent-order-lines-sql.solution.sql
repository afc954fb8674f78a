WITH latest AS (
  SELECT o.id, o.customer_id, o.created_at
  FROM shop_order AS o
  ORDER BY o.created_at DESC, o.id DESC
  LIMIT 5
)
SELECT l.id AS order_id, c.name AS customer, p.name AS product
FROM latest AS l
JOIN shop_customer AS c ON c.id = l.customer_id
LEFT JOIN shop_orderitem AS i ON i.order_id = l.id
LEFT JOIN shop_product AS p ON p.id = i.product_id
ORDER BY l.created_at DESC, l.id DESC, p.name;
