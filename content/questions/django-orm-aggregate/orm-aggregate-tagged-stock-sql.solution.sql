SELECT COUNT(*) AS tagged_products, SUM(p.stock) AS total_stock
FROM shop_product AS p
WHERE p.id IN (
  SELECT pt.product_id
  FROM shop_product_tags AS pt
  JOIN shop_tag AS t ON t.id = pt.tag_id
  WHERE t.name IN ('gift', 'bestseller')
);
