-- shop_category(id, name), shop_product(id, name, category_id, ...)
-- shop_order(id, customer_id, created_at, status, shipped_at)
-- shop_orderitem(id, order_id, product_id, quantity, unit_price_cents)
SELECT p.category_id, i.product_id, i.quantity
FROM shop_orderitem AS i
JOIN shop_order AS o ON o.id = i.order_id
JOIN shop_product AS p ON p.id = i.product_id;
