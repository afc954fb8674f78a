SELECT p.name, p.is_active,
       CASE WHEN p.is_active = 1 THEN p.stock + 10 ELSE p.stock END AS stock
FROM shop_product AS p
JOIN shop_category AS c ON c.id = p.category_id
WHERE c.name = 'Books'
ORDER BY p.id;
