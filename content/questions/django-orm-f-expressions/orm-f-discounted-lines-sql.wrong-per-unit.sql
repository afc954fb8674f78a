-- Forgets the quantity, so a line of two discounted units shows the saving on one.
SELECT i.order_id, p.name, i.quantity,
       p.price_cents - i.unit_price_cents AS discount_cents
FROM shop_orderitem AS i
JOIN shop_product AS p ON p.id = i.product_id
WHERE i.unit_price_cents < p.price_cents
ORDER BY i.id;
