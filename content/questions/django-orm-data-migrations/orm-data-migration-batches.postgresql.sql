-- query 1 of 19
BEGIN;

-- query 2 of 19
ALTER TABLE "shop_product" ADD COLUMN "slug" varchar(200) NULL;

-- query 3 of 19
CREATE INDEX "shop_product_slug_30bd2d5d" ON "shop_product" ("slug");

-- query 4 of 19
CREATE INDEX "shop_product_slug_30bd2d5d_like" ON "shop_product" ("slug" varchar_pattern_ops);

-- query 5 of 19
COMMIT;

-- query 6 of 19
SELECT "shop_product"."id",
       "shop_product"."name"
FROM "shop_product"
WHERE ("shop_product"."slug" IS NULL
       AND "shop_product"."id" > 0)
ORDER BY "shop_product"."id" ASC
LIMIT 5;

-- query 7 of 19
BEGIN;

-- query 8 of 19
UPDATE "shop_product"
SET "slug" = (CASE
                  WHEN ("shop_product"."id" = 1) THEN 'laptop-pro-14'
                  WHEN ("shop_product"."id" = 2) THEN 'wireless-mouse'
                  WHEN ("shop_product"."id" = 3) THEN 'noise-cancelling-headphones'
                  WHEN ("shop_product"."id" = 4) THEN 'usb-c-hub'
                  WHEN ("shop_product"."id" = 5) THEN 'mechanical-keyboard'
                  ELSE NULL
              END)::varchar(200)
WHERE "shop_product"."id" IN (1, 2, 3, 4, 5);

-- query 9 of 19
COMMIT;

-- query 10 of 19
SELECT "shop_product"."id",
       "shop_product"."name"
FROM "shop_product"
WHERE ("shop_product"."slug" IS NULL
       AND "shop_product"."id" > 5)
ORDER BY "shop_product"."id" ASC
LIMIT 5;

-- query 11 of 19
BEGIN;

-- query 12 of 19
UPDATE "shop_product"
SET "slug" = (CASE
                  WHEN ("shop_product"."id" = 6) THEN 'the-pragmatic-programmer'
                  WHEN ("shop_product"."id" = 7) THEN 'designing-data-intensive-applications'
                  WHEN ("shop_product"."id" = 8) THEN 'sql-performance-explained'
                  WHEN ("shop_product"."id" = 9) THEN 'clean-architecture'
                  WHEN ("shop_product"."id" = 10) THEN 'chefs-knife'
                  ELSE NULL
              END)::varchar(200)
WHERE "shop_product"."id" IN (6, 7, 8, 9, 10);

-- query 13 of 19
COMMIT;

-- query 14 of 19
SELECT "shop_product"."id",
       "shop_product"."name"
FROM "shop_product"
WHERE ("shop_product"."slug" IS NULL
       AND "shop_product"."id" > 10)
ORDER BY "shop_product"."id" ASC
LIMIT 5;

-- query 15 of 19
BEGIN;

-- query 16 of 19
UPDATE "shop_product"
SET "slug" = (CASE
                  WHEN ("shop_product"."id" = 11) THEN 'espresso-machine'
                  WHEN ("shop_product"."id" = 12) THEN 'cast-iron-skillet'
                  ELSE NULL
              END)::varchar(200)
WHERE "shop_product"."id" IN (11, 12);

-- query 17 of 19
COMMIT;

-- query 18 of 19
SELECT "shop_product"."id",
       "shop_product"."name"
FROM "shop_product"
WHERE ("shop_product"."slug" IS NULL
       AND "shop_product"."id" > 12)
ORDER BY "shop_product"."id" ASC
LIMIT 5;

-- query 19 of 19
SELECT "shop_product"."id",
       "shop_product"."slug"
FROM "shop_product"
ORDER BY "shop_product"."id" ASC
LIMIT 6;
