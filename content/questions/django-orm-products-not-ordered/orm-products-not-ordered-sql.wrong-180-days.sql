-- 180 days before 2025-07-01 is 2025-01-02, so an order placed on 1 January no longer counts as recent.
SELECT p.name
FROM shop_product AS p
WHERE NOT EXISTS (
  SELECT 1
  FROM shop_orderitem AS i
  JOIN shop_order AS o ON o.id = i.order_id
  WHERE i.product_id = p.id
    AND o.created_at >= datetime('2025-07-01', '-180 days')
)
ORDER BY p.name;
