-- Starting from the lines leaves an order without lines out of the backfill entirely.
SELECT i.order_id AS id, SUM(i.quantity * i.unit_price_cents) AS total_cents
FROM shop_orderitem AS i
GROUP BY i.order_id
ORDER BY i.order_id;
