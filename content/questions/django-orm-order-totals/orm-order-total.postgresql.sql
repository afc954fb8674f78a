-- query 1 of 2
INSERT INTO "shop_order" ("customer_id",
                          "created_at",
                          "status",
                          "shipped_at")
VALUES (8, '2025-07-01T00:00:00+00:00'::timestamptz, 'pending', NULL) RETURNING "shop_order"."id";

-- query 2 of 2
SELECT "shop_order"."id",
       "shop_order"."customer_id",
       "shop_order"."created_at",
       "shop_order"."status",
       "shop_order"."shipped_at",
       COALESCE(SUM(("shop_orderitem"."quantity" * "shop_orderitem"."unit_price_cents")), 0) AS "total_cents"
FROM "shop_order"
LEFT OUTER JOIN "shop_orderitem" ON ("shop_order"."id" = "shop_orderitem"."order_id")
WHERE "shop_order"."created_at" >= '2025-04-01T00:00:00+00:00'::timestamptz
GROUP BY "shop_order"."id"
ORDER BY "shop_order"."created_at" ASC;
