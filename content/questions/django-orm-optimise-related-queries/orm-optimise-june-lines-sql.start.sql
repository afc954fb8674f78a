-- Tables: shop_orderitem (id, order_id, product_id, quantity, …),
--         shop_order (id, customer_id, created_at, …),
--         shop_customer (id, name, …),
--         shop_product (id, name, category_id, …), shop_category (id, name)
SELECT i.id, i.quantity
FROM shop_orderitem AS i
ORDER BY i.id;
