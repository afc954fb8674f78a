-- DENSE_RANK() does not skip a place after a tie, so a third product gets in behind two products tied for first.
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
         DENSE_RANK() OVER (PARTITION BY category ORDER BY units_sold DESC) AS place
  FROM units
)
SELECT category, product, units_sold
FROM ranked
WHERE place <= 2
ORDER BY category, units_sold DESC, product;
