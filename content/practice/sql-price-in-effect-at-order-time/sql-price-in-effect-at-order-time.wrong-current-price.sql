-- The product's latest price is today's price, not the one that applied when the order was placed.
WITH latest_prices AS (
  SELECT product_id, price_cents
  FROM price_changes AS pc
  WHERE effective_from = (SELECT MAX(effective_from) FROM price_changes WHERE product_id = pc.product_id)
)
SELECT o.id AS order_id, p.name AS product, o.ordered_at, c.price_cents,
       c.price_cents * o.quantity AS total_cents
FROM orders AS o
JOIN products AS p ON p.id = o.product_id
LEFT JOIN latest_prices AS c ON c.product_id = o.product_id
ORDER BY order_id;
