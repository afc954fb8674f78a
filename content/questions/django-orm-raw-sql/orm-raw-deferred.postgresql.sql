-- query 1 of 3
SELECT id,
       name
FROM shop_product
WHERE price_cents > 20000
ORDER BY id;

-- query 2 of 3
SELECT "shop_product"."id",
       "shop_product"."stock"
FROM "shop_product"
WHERE "shop_product"."id" = 1
LIMIT 21;

-- query 3 of 3
SELECT "shop_product"."id",
       "shop_product"."stock"
FROM "shop_product"
WHERE "shop_product"."id" = 11
LIMIT 21;
