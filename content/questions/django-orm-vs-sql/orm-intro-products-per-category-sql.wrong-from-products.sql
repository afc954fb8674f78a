-- Grouping the products by category can only produce categories that have products, so the empty ones are missing.
SELECT c.name, COUNT(*) AS product_count
FROM shop_product AS p
JOIN shop_category AS c ON c.id = p.category_id
GROUP BY c.id, c.name
ORDER BY c.name;
