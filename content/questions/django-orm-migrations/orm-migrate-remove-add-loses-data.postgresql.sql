-- query 1 of 6
BEGIN;

-- query 2 of 6
ALTER TABLE "shop_product"
DROP COLUMN "stock" CASCADE;

-- query 3 of 6
ALTER TABLE "shop_product" ADD COLUMN "units_in_stock" integer DEFAULT 0 NOT NULL CHECK ("units_in_stock" >= 0);

-- query 4 of 6
ALTER TABLE "shop_product"
ALTER COLUMN "units_in_stock"
DROP DEFAULT;

-- query 5 of 6
COMMIT;

-- query 6 of 6
SELECT "shop_product"."name",
       "shop_product"."units_in_stock"
FROM "shop_product"
ORDER BY "shop_product"."id" ASC
LIMIT 3;
