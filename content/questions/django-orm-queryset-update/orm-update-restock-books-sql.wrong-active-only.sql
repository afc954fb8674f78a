-- Filtering on is_active drops the withdrawn books, which still exist with their old stock.
SELECT p.name, p.is_active, p.stock + 10 AS stock
FROM shop_product AS p
JOIN shop_category AS c ON c.id = p.category_id
WHERE c.name = 'Books' AND p.is_active = 1
ORDER BY p.id;
