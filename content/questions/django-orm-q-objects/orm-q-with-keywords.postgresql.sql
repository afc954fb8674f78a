SELECT "shop_product"."name",
       "shop_product"."stock",
       "shop_product"."is_active"
FROM "shop_product"
INNER JOIN "shop_category" ON ("shop_product"."category_id" = "shop_category"."id")
WHERE (("shop_product"."stock" = 0
        OR NOT ("shop_product"."is_active"))
       AND "shop_category"."name" = 'Books')
ORDER BY "shop_product"."id" ASC;
