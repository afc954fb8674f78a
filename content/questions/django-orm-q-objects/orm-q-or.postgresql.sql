SELECT "shop_product"."name",
       "shop_category"."name",
       "shop_product"."price_cents"
FROM "shop_product"
INNER JOIN "shop_category" ON ("shop_product"."category_id" = "shop_category"."id")
WHERE ("shop_category"."name" = 'Electronics'
       OR "shop_product"."price_cents" > 30000)
ORDER BY "shop_product"."id" ASC;
