-- query 1 of 2
SELECT "shop_product"."id",
       "shop_product"."name",
       "shop_product"."category_id",
       "shop_product"."price_cents",
       "shop_product"."stock",
       "shop_product"."is_active",
       MAX("shop_order"."created_at") AS "last_ordered"
FROM "shop_product"
LEFT OUTER JOIN "shop_orderitem" ON ("shop_product"."id" = "shop_orderitem"."product_id")
LEFT OUTER JOIN "shop_order" ON ("shop_orderitem"."order_id" = "shop_order"."id")
GROUP BY "shop_product"."id"
HAVING MAX("shop_order"."created_at") < '2025-01-01T00:00:00+00:00'::timestamptz
ORDER BY "shop_product"."name" ASC;

-- query 2 of 2
SELECT "shop_product"."id",
       "shop_product"."name",
       "shop_product"."category_id",
       "shop_product"."price_cents",
       "shop_product"."stock",
       "shop_product"."is_active",
       MAX("shop_order"."created_at") AS "last_ordered"
FROM "shop_product"
LEFT OUTER JOIN "shop_orderitem" ON ("shop_product"."id" = "shop_orderitem"."product_id")
LEFT OUTER JOIN "shop_order" ON ("shop_orderitem"."order_id" = "shop_order"."id")
GROUP BY "shop_product"."id"
HAVING (MAX("shop_order"."created_at") < '2025-01-01T00:00:00+00:00'::timestamptz
        OR MAX("shop_order"."created_at") IS NULL)
ORDER BY "shop_product"."name" ASC;
