WITH purchases AS (
  SELECT DISTINCT o.customer_id, c.name AS category
  FROM shop_order AS o
  JOIN shop_orderitem AS i ON i.order_id = o.id
  JOIN shop_product AS p ON p.id = i.product_id
  JOIN shop_category AS c ON c.id = p.category_id
  WHERE o.status <> 'cancelled'
)
SELECT cu.name AS customer
FROM shop_customer AS cu
WHERE EXISTS (SELECT 1 FROM purchases WHERE customer_id = cu.id AND category = 'Books')
  AND NOT EXISTS (SELECT 1 FROM purchases WHERE customer_id = cu.id AND category = 'Electronics')
ORDER BY customer;
