-- The inner join drops the product that was never ordered instead of listing it with NULLs.
WITH ranked AS (
  SELECT i.product_id, o.created_at, i.unit_price_cents,
         ROW_NUMBER() OVER (PARTITION BY i.product_id ORDER BY o.created_at DESC, i.id DESC) AS n
  FROM shop_orderitem AS i
  JOIN shop_order AS o ON o.id = i.order_id
)
SELECT p.name, r.created_at AS last_ordered_at, r.unit_price_cents AS last_price_cents
FROM shop_product AS p
JOIN ranked AS r ON r.product_id = p.id AND r.n = 1
ORDER BY p.id;
