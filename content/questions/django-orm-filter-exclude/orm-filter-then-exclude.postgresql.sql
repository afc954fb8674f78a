SELECT "shop_product"."name",
       "shop_product"."stock"
FROM "shop_product"
INNER JOIN "shop_category" ON ("shop_product"."category_id" = "shop_category"."id")
WHERE ("shop_category"."name" = 'Electronics'
       AND NOT ("shop_product"."stock" = 0))
ORDER BY "shop_product"."name" ASC;
