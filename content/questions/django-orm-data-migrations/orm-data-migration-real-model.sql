-- query 1 of 12
PRAGMA foreign_keys = OFF;

-- query 2 of 12
PRAGMA foreign_keys;

-- query 3 of 12
BEGIN;

-- query 4 of 12
ALTER TABLE "shop_product" RENAME COLUMN "stock" TO "units_in_stock";

-- query 5 of 12
PRAGMA foreign_key_check;

-- query 6 of 12
COMMIT;

-- query 7 of 12
PRAGMA foreign_keys = ON;

-- query 8 of 12
PRAGMA foreign_keys = OFF;

-- query 9 of 12
PRAGMA foreign_keys;

-- query 10 of 12
UPDATE "shop_product"
SET "stock" = 10
WHERE "shop_product"."stock" = 0;

-- query 11 of 12
PRAGMA foreign_key_check;

-- query 12 of 12
PRAGMA foreign_keys = ON;
