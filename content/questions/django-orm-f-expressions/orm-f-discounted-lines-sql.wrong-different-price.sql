-- <> also lists lines that cost more than today's price, with a negative discount.
SELECT i.order_id, p.name, i.quantity,
       (p.price_cents - i.unit_price_cents) * i.quantity AS discount_cents
FROM shop_orderitem AS i
JOIN shop_product AS p ON p.id = i.product_id
WHERE i.unit_price_cents <> p.price_cents
ORDER BY i.id;
