-- An inner join to the price history drops an order placed before its product had any price.
WITH periods AS (
  SELECT product_id, price_cents, effective_from,
         LEAD(effective_from, 1, '9999-12-31') OVER (PARTITION BY product_id ORDER BY effective_from) AS next_change
  FROM price_changes
)
SELECT o.id AS order_id, p.name AS product, o.ordered_at, pr.price_cents,
       pr.price_cents * o.quantity AS total_cents
FROM orders AS o
JOIN products AS p ON p.id = o.product_id
JOIN periods AS pr
  ON pr.product_id = o.product_id
 AND date(o.ordered_at) >= pr.effective_from
 AND date(o.ordered_at) < pr.next_change
ORDER BY order_id;
