SELECT o.id,
       COALESCE((SELECT SUM(i.quantity * i.unit_price_cents)
                 FROM shop_orderitem AS i
                 WHERE i.order_id = o.id), 0) AS total_cents
FROM shop_order AS o
ORDER BY o.id;
