-- Backfilling with today's prices rewrites what the customers actually paid.
SELECT o.id,
       COALESCE((SELECT SUM(i.quantity * p.price_cents)
                 FROM shop_orderitem AS i
                 JOIN shop_product AS p ON p.id = i.product_id
                 WHERE i.order_id = o.id), 0) AS total_cents
FROM shop_order AS o
ORDER BY o.id;
