-- The join yields one row per matching tag, so a product tagged both gift and bestseller is counted twice.
SELECT COUNT(*) AS tagged_products, SUM(p.stock) AS total_stock
FROM shop_product AS p
JOIN shop_product_tags AS pt ON pt.product_id = p.id
JOIN shop_tag AS t ON t.id = pt.tag_id
WHERE t.name IN ('gift', 'bestseller');
