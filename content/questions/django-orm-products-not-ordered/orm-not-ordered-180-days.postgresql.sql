-- query 1 of 4
INSERT INTO "shop_order" ("customer_id",
                          "created_at",
                          "status",
                          "shipped_at")
VALUES (4, '2025-01-01T11:30:00+00:00'::timestamptz, 'pending', NULL) RETURNING "shop_order"."id";

-- query 2 of 4
INSERT INTO "shop_orderitem" ("order_id",
                              "product_id",
                              "quantity",
                              "unit_price_cents")
VALUES (21, 8, 1, 3500) RETURNING "shop_orderitem"."id";

-- query 3 of 4
SELECT "shop_product"."id",
       "shop_product"."name",
       "shop_product"."category_id",
       "shop_product"."price_cents",
       "shop_product"."stock",
       "shop_product"."is_active"
FROM "shop_product"
WHERE NOT (EXISTS
             (SELECT 1 AS "a"
              FROM "shop_orderitem" U1
              INNER JOIN "shop_order" U2 ON (U1."order_id" = U2."id")
              WHERE (U2."created_at" >= '2025-01-01T00:00:00+00:00'::timestamptz
                     AND U1."product_id" = ("shop_product"."id"))
              LIMIT 1))
ORDER BY "shop_product"."name" ASC;

-- query 4 of 4
SELECT "shop_product"."id",
       "shop_product"."name",
       "shop_product"."category_id",
       "shop_product"."price_cents",
       "shop_product"."stock",
       "shop_product"."is_active"
FROM "shop_product"
WHERE NOT (EXISTS
             (SELECT 1 AS "a"
              FROM "shop_orderitem" U1
              INNER JOIN "shop_order" U2 ON (U1."order_id" = U2."id")
              WHERE (U2."created_at" >= '2025-01-02T00:00:00+00:00'::timestamptz
                     AND U1."product_id" = ("shop_product"."id"))
              LIMIT 1))
ORDER BY "shop_product"."name" ASC;
