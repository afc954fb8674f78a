SELECT p.id,
       p.name,
       p.price_cents,
       c.name AS category_name
FROM shop_product p
JOIN shop_category c ON c.id = p.category_id
WHERE c.name = 'Books'
  AND p.price_cents < 4500
ORDER BY p.price_cents;
