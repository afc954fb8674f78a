-- query 1 of 2
SELECT "shop_order"."id",
       "shop_order"."customer_id",
       "shop_order"."created_at",
       "shop_order"."status",
       "shop_order"."shipped_at"
FROM "shop_order"
ORDER BY "shop_order"."created_at" DESC,
         "shop_order"."id" DESC
LIMIT 5;

-- query 2 of 2
SELECT "shop_order"."id",
       "shop_order"."customer_id",
       "shop_order"."created_at",
       "shop_order"."status",
       "shop_order"."shipped_at"
FROM "shop_order"
WHERE ("shop_order"."created_at" <= '2025-04-18T12:40:00+00:00'::timestamptz
       AND ("shop_order"."created_at" < '2025-04-18T12:40:00+00:00'::timestamptz
            OR ("shop_order"."created_at" = '2025-04-18T12:40:00+00:00'::timestamptz
                AND "shop_order"."id" < 16)))
ORDER BY "shop_order"."created_at" DESC,
         "shop_order"."id" DESC
LIMIT 5;
