-- query 1 of 3
BEGIN;

-- query 2 of 3
COMMIT;

-- query 3 of 3
SELECT "shop_product"."name",
       "shop_product"."stock"
FROM "shop_product"
ORDER BY "shop_product"."id" ASC
LIMIT 3;
