-- query 1 of 4
SELECT "shop_product"."id",
       "shop_product"."name",
       "shop_product"."category_id",
       "shop_product"."price_cents",
       "shop_product"."stock",
       "shop_product"."is_active"
FROM "shop_product"
WHERE "shop_product"."id" = 2
LIMIT 21;

-- query 2 of 4
UPDATE "shop_product"
SET "stock" = ("shop_product"."stock" - 1)
WHERE "shop_product"."id" = 2;

-- query 3 of 4
UPDATE "shop_product"
SET "name" = 'Wireless Mouse',
    "category_id" = 1,
    "price_cents" = 2499,
    "stock" = ("shop_product"."stock" - 1),
    "is_active" = false
WHERE "shop_product"."id" = 2;

-- query 4 of 4
SELECT "shop_product"."id",
       "shop_product"."name",
       "shop_product"."category_id",
       "shop_product"."price_cents",
       "shop_product"."stock",
       "shop_product"."is_active"
FROM "shop_product"
WHERE "shop_product"."id" = 2
LIMIT 21;
