-- query 1 of 5
BEGIN;

-- query 2 of 5
SELECT "shop_order"."id",
       "shop_order"."customer_id",
       "shop_order"."created_at",
       "shop_order"."status",
       "shop_order"."shipped_at"
FROM "shop_order"
WHERE "shop_order"."status" = 'paid'
ORDER BY "shop_order"."created_at" ASC,
         "shop_order"."id" ASC
LIMIT 2
FOR
UPDATE SKIP LOCKED;

-- query 3 of 5
UPDATE "shop_order"
SET "status" = 'shipped',
    "shipped_at" = '2025-07-01T00:00:00+00:00'::timestamptz
WHERE "shop_order"."id" = 18;

-- query 4 of 5
UPDATE "shop_order"
SET "status" = 'shipped',
    "shipped_at" = '2025-07-01T00:00:00+00:00'::timestamptz
WHERE "shop_order"."id" = 19;

-- query 5 of 5
COMMIT;
