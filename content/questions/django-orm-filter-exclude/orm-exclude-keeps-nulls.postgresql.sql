SELECT "shop_order"."id",
       "shop_order"."status",
       "shop_order"."shipped_at"
FROM "shop_order"
WHERE NOT ("shop_order"."shipped_at" < '2025-01-01T00:00:00+00:00'::timestamptz
           AND "shop_order"."shipped_at" IS NOT NULL)
ORDER BY "shop_order"."id" ASC;
