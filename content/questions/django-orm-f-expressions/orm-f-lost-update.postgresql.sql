-- query 1 of 5
SELECT "shop_product"."id",
       "shop_product"."name",
       "shop_product"."category_id",
       "shop_product"."price_cents",
       "shop_product"."stock",
       "shop_product"."is_active"
FROM "shop_product"
WHERE "shop_product"."id" = 2
LIMIT 21;

-- query 2 of 5
SELECT "shop_product"."id",
       "shop_product"."name",
       "shop_product"."category_id",
       "shop_product"."price_cents",
       "shop_product"."stock",
       "shop_product"."is_active"
FROM "shop_product"
WHERE "shop_product"."id" = 2
LIMIT 21;

-- query 3 of 5
UPDATE "shop_product"
SET "stock" = 119
WHERE "shop_product"."id" = 2;

-- query 4 of 5
UPDATE "shop_product"
SET "stock" = 119
WHERE "shop_product"."id" = 2;

-- query 5 of 5
SELECT "shop_product"."stock"
FROM "shop_product"
WHERE "shop_product"."id" = 2
LIMIT 21;
