-- Tables: shop_order (id, created_at, …),
--         shop_orderitem (order_id, product_id, …),
--         shop_product (id, name, category_id, …), shop_category (id, name)
SELECT o.id, o.created_at
FROM shop_order AS o
ORDER BY o.id;
