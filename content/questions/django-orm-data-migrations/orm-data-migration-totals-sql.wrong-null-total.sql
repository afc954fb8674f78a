-- The subquery finds no line for an empty order and gives NULL, which the NOT NULL column will refuse.
SELECT o.id,
       (SELECT SUM(i.quantity * i.unit_price_cents)
        FROM shop_orderitem AS i
        WHERE i.order_id = o.id) AS total_cents
FROM shop_order AS o
ORDER BY o.id;
