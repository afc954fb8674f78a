-- COUNT(*) counts the row the LEFT JOIN keeps for an empty category, so it shows 1 instead of 0.
SELECT c.name, COUNT(*) AS product_count
FROM shop_category AS c
LEFT JOIN shop_product AS p ON p.category_id = c.id
GROUP BY c.id, c.name
ORDER BY c.name;
