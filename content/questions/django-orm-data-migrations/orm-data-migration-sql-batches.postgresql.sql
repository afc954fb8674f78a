-- query 1 of 7
BEGIN;

-- query 2 of 7
ALTER TABLE "shop_order" ADD COLUMN "total_cents" integer NULL CHECK ("total_cents" >= 0);

-- query 3 of 7
COMMIT;

-- query 4 of 7
SELECT MAX("shop_order"."id") AS "last"
FROM "shop_order";

-- query 5 of 7
UPDATE "shop_order"
SET "total_cents" =
  (SELECT SUM((U0."quantity" * U0."unit_price_cents")) AS "total"
   FROM "shop_orderitem" U0
   WHERE U0."order_id" = ("shop_order"."id")
   GROUP BY U0."order_id")
WHERE ("shop_order"."id" >= 1
       AND "shop_order"."id" < 11);

-- query 6 of 7
UPDATE "shop_order"
SET "total_cents" =
  (SELECT SUM((U0."quantity" * U0."unit_price_cents")) AS "total"
   FROM "shop_orderitem" U0
   WHERE U0."order_id" = ("shop_order"."id")
   GROUP BY U0."order_id")
WHERE ("shop_order"."id" >= 11
       AND "shop_order"."id" < 21);

-- query 7 of 7
SELECT "shop_order"."id",
       "shop_order"."total_cents"
FROM "shop_order"
ORDER BY "shop_order"."id" ASC
LIMIT 4;
