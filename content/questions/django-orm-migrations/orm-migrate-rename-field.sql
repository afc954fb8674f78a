-- query 1 of 8
PRAGMA foreign_keys = OFF;

-- query 2 of 8
PRAGMA foreign_keys;

-- query 3 of 8
BEGIN;

-- query 4 of 8
ALTER TABLE "shop_product" RENAME COLUMN "stock" TO "units_in_stock";

-- query 5 of 8
PRAGMA foreign_key_check;

-- query 6 of 8
COMMIT;

-- query 7 of 8
PRAGMA foreign_keys = ON;

-- query 8 of 8
SELECT "shop_product"."name",
       "shop_product"."units_in_stock"
FROM "shop_product"
ORDER BY "shop_product"."id" ASC
LIMIT 3;
