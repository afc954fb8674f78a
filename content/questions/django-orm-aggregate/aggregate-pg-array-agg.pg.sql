-- What Django 4.2 sends to PostgreSQL for the ArrayAgg above
SELECT "shop_category"."name",
       COALESCE(ARRAY_AGG("shop_product"."name" ORDER BY "shop_product"."name")
                  FILTER (WHERE "shop_product"."id" IS NOT NULL),
                '{}'::varchar(200)[]) AS "product_names"
FROM "shop_category"
LEFT OUTER JOIN "shop_product" ON ("shop_category"."id" = "shop_product"."category_id")
GROUP BY "shop_category"."id"
ORDER BY "shop_category"."name" ASC;
