SELECT o.id, o.created_at
FROM shop_order AS o
WHERE EXISTS (
  SELECT 1
  FROM shop_orderitem AS i
  JOIN shop_product AS p ON p.id = i.product_id
  JOIN shop_category AS c ON c.id = p.category_id
  WHERE i.order_id = o.id AND c.name = 'Electronics'
)
ORDER BY o.id;
