-- Keeps every product with some tag other than sale, so a product tagged sale and bestseller stays, and untagged ones vanish.
SELECT DISTINCT p.name
FROM shop_product AS p
JOIN shop_product_tags AS pt ON pt.product_id = p.id
JOIN shop_tag AS t ON t.id = pt.tag_id
WHERE t.name <> 'sale'
ORDER BY p.name;
