-- query 1 of 4
UPDATE "shop_product"
SET "stock" = ("shop_product"."stock" - 1)
WHERE ("shop_product"."id" = 2
       AND "shop_product"."stock" > 0);

-- query 2 of 4
UPDATE "shop_product"
SET "stock" = ("shop_product"."stock" - 1)
WHERE ("shop_product"."id" = 2
       AND "shop_product"."stock" > 0);

-- query 3 of 4
UPDATE "shop_product"
SET "stock" = ("shop_product"."stock" - 1)
WHERE ("shop_product"."id" = 4
       AND "shop_product"."stock" > 0);

-- query 4 of 4
SELECT "shop_product"."name",
       "shop_product"."stock"
FROM "shop_product"
WHERE "shop_product"."id" IN (2, 4)
ORDER BY "shop_product"."id" ASC;
