SELECT "shop_category"."name",
       COUNT("shop_product"."id") AS "product_count"
FROM "shop_category"
LEFT OUTER JOIN "shop_product" ON ("shop_category"."id" = "shop_product"."category_id")
GROUP BY "shop_category"."id"
ORDER BY "shop_category"."name" ASC;
