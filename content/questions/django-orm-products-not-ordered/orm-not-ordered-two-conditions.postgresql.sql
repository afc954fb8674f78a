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
              LIMIT 1)
           AND EXISTS
             (SELECT 1 AS "a"
              FROM "shop_orderitem" U1
              INNER JOIN "shop_order" U2 ON (U1."order_id" = U2."id")
              WHERE (U2."status" = 'shipped'
                     AND U1."product_id" = ("shop_product"."id"))
              LIMIT 1))
ORDER BY "shop_product"."name" ASC;
