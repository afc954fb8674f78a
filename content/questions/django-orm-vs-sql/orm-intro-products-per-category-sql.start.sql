-- Tables: shop_category (id, name), shop_product (id, name, category_id, …)
SELECT c.name
FROM shop_category AS c
ORDER BY c.name;
