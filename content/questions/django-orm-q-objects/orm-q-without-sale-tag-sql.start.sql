-- Tables: shop_product (id, name, …), shop_product_tags (product_id, tag_id),
--         shop_tag (id, name)
SELECT p.name
FROM shop_product AS p
ORDER BY p.name;
