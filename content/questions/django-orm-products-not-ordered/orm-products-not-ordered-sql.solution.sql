SELECT p.name
FROM shop_product AS p
WHERE NOT EXISTS (
  SELECT 1
  FROM shop_orderitem AS i
  JOIN shop_order AS o ON o.id = i.order_id
  WHERE i.product_id = p.id
    AND o.created_at >= '2025-01-01 00:00:00'
)
ORDER BY p.name;
