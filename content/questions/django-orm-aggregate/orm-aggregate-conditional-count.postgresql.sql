SELECT COUNT("shop_order"."id") AS "total",
       COUNT("shop_order"."id") FILTER (
                                        WHERE "shop_order"."status" = 'cancelled') AS "cancelled",
       COUNT("shop_order"."id") FILTER (
                                        WHERE "shop_order"."created_at" BETWEEN '2025-01-01T00:00:00+00:00'::timestamptz AND '2025-12-31T23:59:59.999999+00:00'::timestamptz) AS "in_2025"
FROM "shop_order";
