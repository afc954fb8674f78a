-- Tables: shop_product (id, name, category_id, price_cents, stock, is_active),
--         shop_category (id, name)
SELECT p.name, p.is_active, p.stock
FROM shop_product AS p
ORDER BY p.id;
