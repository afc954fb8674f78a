-- query 1 of 15
PRAGMA foreign_keys = OFF;

-- query 2 of 15
PRAGMA foreign_keys;

-- query 3 of 15
BEGIN;

-- query 4 of 15
ALTER TABLE "shop_order" ADD COLUMN "total_cents" integer unsigned NULL CHECK ("total_cents" >= 0);

-- query 5 of 15
PRAGMA foreign_key_check;

-- query 6 of 15
COMMIT;

-- query 7 of 15
PRAGMA foreign_keys = ON;

-- query 8 of 15
PRAGMA foreign_keys = OFF;

-- query 9 of 15
PRAGMA foreign_keys;

-- query 10 of 15
SELECT MAX("shop_order"."id") AS "last"
FROM "shop_order";

-- query 11 of 15
UPDATE "shop_order"
SET "total_cents" =
  (SELECT SUM((U0."quantity" * U0."unit_price_cents")) AS "total"
   FROM "shop_orderitem" U0
   WHERE U0."order_id" = ("shop_order"."id")
   GROUP BY U0."order_id")
WHERE ("shop_order"."id" >= 1
       AND "shop_order"."id" < 11);

-- query 12 of 15
UPDATE "shop_order"
SET "total_cents" =
  (SELECT SUM((U0."quantity" * U0."unit_price_cents")) AS "total"
   FROM "shop_orderitem" U0
   WHERE U0."order_id" = ("shop_order"."id")
   GROUP BY U0."order_id")
WHERE ("shop_order"."id" >= 11
       AND "shop_order"."id" < 21);

-- query 13 of 15
PRAGMA foreign_key_check;

-- query 14 of 15
PRAGMA foreign_keys = ON;

-- query 15 of 15
SELECT "shop_order"."id",
       "shop_order"."total_cents"
FROM "shop_order"
ORDER BY "shop_order"."id" ASC
LIMIT 4;
