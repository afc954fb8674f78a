-- query 1 of 7
PRAGMA foreign_keys = OFF;

-- query 2 of 7
PRAGMA foreign_keys;

-- query 3 of 7
BEGIN;

-- query 4 of 7
PRAGMA foreign_key_check;

-- query 5 of 7
COMMIT;

-- query 6 of 7
PRAGMA foreign_keys = ON;

-- query 7 of 7
SELECT "shop_product"."name",
       "shop_product"."stock"
FROM "shop_product"
ORDER BY "shop_product"."id" ASC
LIMIT 3;
