SELECT "shop_product"."id",
       "shop_product"."name",
       "shop_product"."category_id",
       "shop_product"."price_cents",
       "shop_product"."stock",
       "shop_product"."is_active"
FROM "shop_product"
WHERE NOT EXISTS
    (SELECT 1 AS "a"
     FROM "shop_orderitem" U0
     INNER JOIN "shop_order" U1 ON (U0."order_id" = U1."id")
     WHERE (U1."created_at" >= '2025-01-01T00:00:00+00:00'::timestamptz
            AND U1."status" = 'shipped'
            AND U0."product_id" = ("shop_product"."id"))
     LIMIT 1)
ORDER BY "shop_product"."name" ASC;
