-- The LEFT JOIN keeps untagged products, but a product tagged sale is still kept through its other tags' rows.
SELECT DISTINCT p.name
FROM shop_product AS p
LEFT JOIN shop_product_tags AS pt ON pt.product_id = p.id
LEFT JOIN shop_tag AS t ON t.id = pt.tag_id
WHERE t.name <> 'sale' OR t.name IS NULL
ORDER BY p.name;
