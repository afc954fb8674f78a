SELECT COUNT("shop_order"."id") AS "total",
       COUNT("shop_order"."id") FILTER (
                                        WHERE "shop_order"."status" = 'cancelled') AS "cancelled",
       COUNT("shop_order"."id") FILTER (
                                        WHERE "shop_order"."created_at" BETWEEN '2025-01-01 00:00:00' AND '2025-12-31 23:59:59.999999') AS "in_2025"
FROM "shop_order";
