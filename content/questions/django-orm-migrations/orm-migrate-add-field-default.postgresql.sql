-- query 1 of 7
BEGIN;

-- query 2 of 7
COMMIT;

-- query 3 of 7
BEGIN;

-- query 4 of 7
ALTER TABLE "shop_product" ADD COLUMN "is_featured" boolean DEFAULT false NOT NULL;

-- query 5 of 7
ALTER TABLE "shop_product"
ALTER COLUMN "is_featured"
DROP DEFAULT;

-- query 6 of 7
COMMIT;

-- query 7 of 7
SELECT "shop_product"."name",
       "shop_product"."is_featured"
FROM "shop_product"
ORDER BY "shop_product"."id" ASC
LIMIT 3;
