WITH priced AS (
  SELECT o.id, o.product_id, o.ordered_at, o.quantity,
         (SELECT pc.price_cents
          FROM price_changes AS pc
          WHERE pc.product_id = o.product_id AND pc.effective_from <= date(o.ordered_at)
          ORDER BY pc.effective_from DESC
          LIMIT 1) AS price_cents
  FROM orders AS o
)
SELECT priced.id AS order_id, p.name AS product, priced.ordered_at, priced.price_cents,
       priced.price_cents * priced.quantity AS total_cents
FROM priced
JOIN products AS p ON p.id = priced.product_id
ORDER BY order_id;
