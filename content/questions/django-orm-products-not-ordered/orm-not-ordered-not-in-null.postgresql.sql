-- query 1 of 3
INSERT INTO "shop_order" ("customer_id",
                          "created_at",
                          "status",
                          "shipped_at")
VALUES (8, '2025-06-30T18:00:00+00:00'::timestamptz, 'pending', NULL) RETURNING "shop_order"."id";

-- query 2 of 3
SELECT "shop_product"."id",
       "shop_product"."name",
       "shop_product"."category_id",
       "shop_product"."price_cents",
       "shop_product"."stock",
       "shop_product"."is_active"
FROM "shop_product"
WHERE NOT ("shop_product"."id" IN
             (SELECT U1."product_id"
              FROM "shop_order" U0
              LEFT OUTER JOIN "shop_orderitem" U1 ON (U0."id" = U1."order_id")
              WHERE U0."created_at" >= '2025-01-01T00:00:00+00:00'::timestamptz))
ORDER BY "shop_product"."name" ASC;

-- query 3 of 3
SELECT "shop_product"."id",
       "shop_product"."name",
       "shop_product"."category_id",
       "shop_product"."price_cents",
       "shop_product"."stock",
       "shop_product"."is_active"
FROM "shop_product"
WHERE NOT ("shop_product"."id" IN
             (SELECT U0."product_id"
              FROM "shop_orderitem" U0
              INNER JOIN "shop_order" U1 ON (U0."order_id" = U1."id")
              WHERE U1."created_at" >= '2025-01-01T00:00:00+00:00'::timestamptz))
ORDER BY "shop_product"."name" ASC;
