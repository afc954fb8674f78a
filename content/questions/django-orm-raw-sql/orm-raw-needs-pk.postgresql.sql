SELECT name,
       price_cents
FROM shop_product
WHERE price_cents > 20000;
