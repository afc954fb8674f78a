-- query 1 of 5
SELECT "shop_product"."id",
       "shop_product"."name"
FROM "shop_product"
INNER JOIN "shop_category" ON ("shop_product"."category_id" = "shop_category"."id")
WHERE "shop_category"."name" = 'Books'
ORDER BY "shop_product"."name" ASC;

-- query 2 of 5
SELECT "shop_product"."id",
       "shop_product"."price_cents"
FROM "shop_product"
WHERE "shop_product"."id" = 9
LIMIT 21;

-- query 3 of 5
SELECT "shop_product"."id",
       "shop_product"."price_cents"
FROM "shop_product"
WHERE "shop_product"."id" = 7
LIMIT 21;

-- query 4 of 5
SELECT "shop_product"."id",
       "shop_product"."price_cents"
FROM "shop_product"
WHERE "shop_product"."id" = 8
LIMIT 21;

-- query 5 of 5
SELECT "shop_product"."id",
       "shop_product"."price_cents"
FROM "shop_product"
WHERE "shop_product"."id" = 6
LIMIT 21;
