-- LEAD gives NULL as the end of the current price, and "date(ordered_at) < NULL" is never true, so orders at the current price find no price.
WITH periods AS (
  SELECT product_id, price_cents, effective_from,
         LEAD(effective_from) OVER (PARTITION BY product_id ORDER BY effective_from) AS next_change
  FROM price_changes
)
SELECT o.id AS order_id, p.name AS product, o.ordered_at, pr.price_cents,
       pr.price_cents * o.quantity AS total_cents
FROM orders AS o
JOIN products AS p ON p.id = o.product_id
LEFT JOIN periods AS pr
  ON pr.product_id = o.product_id
 AND date(o.ordered_at) >= pr.effective_from
 AND date(o.ordered_at) < pr.next_change
ORDER BY order_id;
