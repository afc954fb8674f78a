-- The LEFT JOIN gives an order without lines a NULL product_id, and NOT IN over a list with a NULL is never true.
SELECT p.name
FROM shop_product AS p
WHERE p.id NOT IN (
  SELECT i.product_id
  FROM shop_order AS o
  LEFT JOIN shop_orderitem AS i ON i.order_id = o.id
  WHERE o.created_at >= '2025-01-01 00:00:00'
)
ORDER BY p.name;
