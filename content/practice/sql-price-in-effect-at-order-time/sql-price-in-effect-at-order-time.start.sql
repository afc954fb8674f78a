-- products(id, name)
-- price_changes(product_id, effective_from, price_cents)
-- orders(id, product_id, ordered_at, quantity)
SELECT o.id AS order_id, p.name AS product, o.ordered_at, o.quantity
FROM orders AS o
JOIN products AS p ON p.id = o.product_id
ORDER BY o.id;
