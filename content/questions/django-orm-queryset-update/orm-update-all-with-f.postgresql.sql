-- query 1 of 2
UPDATE "shop_product"
SET "stock" = ("shop_product"."stock" + 10);

-- query 2 of 2
SELECT "shop_product"."name",
       "shop_product"."stock"
FROM "shop_product"
ORDER BY "shop_product"."id" ASC;
