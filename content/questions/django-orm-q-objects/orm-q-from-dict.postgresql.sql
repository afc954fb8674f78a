SELECT "shop_product"."name"
FROM "shop_product"
INNER JOIN "shop_category" ON ("shop_product"."category_id" = "shop_category"."id")
WHERE ("shop_category"."name" = 'Electronics'
       AND "shop_product"."price_cents" <= 20000
       AND UPPER("shop_product"."name"::text) LIKE UPPER('%o%'))
ORDER BY "shop_product"."id" ASC;
