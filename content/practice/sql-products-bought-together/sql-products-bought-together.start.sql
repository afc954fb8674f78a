-- shop_order(id, customer_id, created_at, status, shipped_at)
-- shop_orderitem(id, order_id, product_id, quantity, unit_price_cents)
-- shop_product(id, name, category_id, price_cents, stock, is_active)
SELECT i.order_id, i.product_id, p.name
FROM shop_orderitem AS i
JOIN shop_product AS p ON p.id = i.product_id
ORDER BY i.order_id, i.product_id;
