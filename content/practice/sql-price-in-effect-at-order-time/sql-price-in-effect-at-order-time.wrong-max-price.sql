-- The highest price so far is the one in effect only while prices only go up.
SELECT o.id AS order_id, p.name AS product, o.ordered_at, MAX(pc.price_cents) AS price_cents,
       MAX(pc.price_cents) * o.quantity AS total_cents
FROM orders AS o
JOIN products AS p ON p.id = o.product_id
LEFT JOIN price_changes AS pc
  ON pc.product_id = o.product_id AND pc.effective_from <= date(o.ordered_at)
GROUP BY o.id, p.name, o.ordered_at, o.quantity
ORDER BY order_id;
