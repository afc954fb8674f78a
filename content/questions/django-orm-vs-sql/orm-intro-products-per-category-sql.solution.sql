SELECT c.name, COUNT(p.id) AS product_count
FROM shop_category AS c
LEFT JOIN shop_product AS p ON p.category_id = c.id
GROUP BY c.id, c.name
ORDER BY c.name;
