-- query 1 of 24
PRAGMA foreign_keys = OFF;

-- query 2 of 24
PRAGMA foreign_keys;

-- query 3 of 24
BEGIN;

-- query 4 of 24
ALTER TABLE "shop_product" ADD COLUMN "slug" varchar(200) NULL;

-- query 5 of 24
PRAGMA foreign_key_check;

-- query 6 of 24
CREATE INDEX "shop_product_slug_30bd2d5d" ON "shop_product" ("slug");

-- query 7 of 24
COMMIT;

-- query 8 of 24
PRAGMA foreign_keys = ON;

-- query 9 of 24
PRAGMA foreign_keys = OFF;

-- query 10 of 24
PRAGMA foreign_keys;

-- query 11 of 24
BEGIN;

-- query 12 of 24
SELECT "shop_product"."id",
       "shop_product"."name"
FROM "shop_product"
ORDER BY "shop_product"."id" ASC;

-- query 13 of 24
UPDATE "shop_product"
SET "slug" = CASE
                 WHEN ("shop_product"."id" = 1) THEN 'laptop-pro-14'
                 WHEN ("shop_product"."id" = 2) THEN 'wireless-mouse'
                 WHEN ("shop_product"."id" = 3) THEN 'noise-cancelling-headphones'
                 WHEN ("shop_product"."id" = 4) THEN 'usb-c-hub'
                 WHEN ("shop_product"."id" = 5) THEN 'mechanical-keyboard'
                 WHEN ("shop_product"."id" = 6) THEN 'the-pragmatic-programmer'
                 WHEN ("shop_product"."id" = 7) THEN 'designing-data-intensive-applications'
                 WHEN ("shop_product"."id" = 8) THEN 'sql-performance-explained'
                 WHEN ("shop_product"."id" = 9) THEN 'clean-architecture'
                 WHEN ("shop_product"."id" = 10) THEN 'chefs-knife'
                 WHEN ("shop_product"."id" = 11) THEN 'espresso-machine'
                 WHEN ("shop_product"."id" = 12) THEN 'cast-iron-skillet'
                 ELSE NULL
             END
WHERE "shop_product"."id" IN (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);

-- query 14 of 24
PRAGMA foreign_key_check;

-- query 15 of 24
COMMIT;

-- query 16 of 24
PRAGMA foreign_keys = ON;

-- query 17 of 24
PRAGMA foreign_keys = OFF;

-- query 18 of 24
PRAGMA foreign_keys;

-- query 19 of 24
BEGIN;

-- query 20 of 24
UPDATE "shop_product"
SET "slug" = NULL;

-- query 21 of 24
PRAGMA foreign_key_check;

-- query 22 of 24
COMMIT;

-- query 23 of 24
PRAGMA foreign_keys = ON;

-- query 24 of 24
SELECT COUNT(*) AS "__count"
FROM "shop_product"
WHERE "shop_product"."slug" IS NOT NULL;
