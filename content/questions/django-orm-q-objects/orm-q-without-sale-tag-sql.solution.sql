SELECT p.name
FROM shop_product AS p
WHERE NOT EXISTS (
  SELECT 1
  FROM shop_product_tags AS pt
  JOIN shop_tag AS t ON t.id = pt.tag_id
  WHERE pt.product_id = p.id AND t.name = 'sale'
)
ORDER BY p.name;
