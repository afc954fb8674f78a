-- Tables: shop_product (id, name, price_cents, …),
--         shop_orderitem (product_id, quantity, unit_price_cents, …)
SELECT p.name
FROM shop_product AS p;
