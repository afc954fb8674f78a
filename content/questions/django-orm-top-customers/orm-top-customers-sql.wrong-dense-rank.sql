-- DENSE_RANK does not skip after a tie, so it lets in the customers of a fourth distinct count.
WITH ranked AS (
  SELECT c.id, c.name, COUNT(*) AS shipped_orders,
         DENSE_RANK() OVER (ORDER BY COUNT(*) DESC) AS rank
  FROM shop_customer AS c
  JOIN shop_order AS o ON o.customer_id = c.id
  WHERE o.status = 'shipped'
  GROUP BY c.id, c.name
)
SELECT rank, name, shipped_orders FROM ranked WHERE rank <= 3 ORDER BY rank, id;
