-- Tables: shop_product (id, name, stock, …),
--         shop_product_tags (product_id, tag_id), shop_tag (id, name)
SELECT COUNT(*) AS tagged_products
FROM shop_product AS p;
