-- query 1 of 4
SELECT "shop_product"."id",
       "shop_product"."name",
       "shop_product"."category_id",
       "shop_product"."price_cents",
       "shop_product"."stock",
       "shop_product"."is_active"
FROM "shop_product"
WHERE "shop_product"."id" = 4
LIMIT 21;

-- query 2 of 4
UPDATE "shop_product"
SET "name" = 'USB-C Hub',
    "category_id" = 1,
    "price_cents" = 3999,
    "stock" = 5,
    "is_active" = true
WHERE "shop_product"."id" = 4;

-- query 3 of 4
UPDATE "shop_product"
SET "stock" = ("shop_product"."stock" + 5)
WHERE "shop_product"."id" = 4;

-- query 4 of 4
SELECT "shop_product"."id",
       "shop_product"."stock"
FROM "shop_product"
WHERE "shop_product"."id" = 4
LIMIT 21;
