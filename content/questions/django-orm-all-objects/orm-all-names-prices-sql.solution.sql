SELECT name, price_cents
FROM shop_product
ORDER BY name;
