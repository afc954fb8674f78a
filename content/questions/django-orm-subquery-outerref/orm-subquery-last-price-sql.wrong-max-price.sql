-- MAX() of each column separately pairs the last date with the highest price ever paid, not the price paid then.
SELECT p.name, MAX(o.created_at) AS last_ordered_at, MAX(i.unit_price_cents) AS last_price_cents
FROM shop_product AS p
LEFT JOIN shop_orderitem AS i ON i.product_id = p.id
LEFT JOIN shop_order AS o ON o.id = i.order_id
GROUP BY p.id, p.name
ORDER BY p.id;
