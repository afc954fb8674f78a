WITH counted AS (
  SELECT c.id, c.name, COUNT(*) AS shipped_orders
  FROM shop_customer AS c
  JOIN shop_order AS o ON o.customer_id = c.id
  WHERE o.status = 'shipped'
  GROUP BY c.id, c.name
), ranked AS (
  SELECT id, name, shipped_orders, RANK() OVER (ORDER BY shipped_orders DESC) AS rank
  FROM counted
)
SELECT rank, name, shipped_orders
FROM ranked
WHERE rank <= 3
ORDER BY rank, id;
