SELECT "shop_product"."name",
       ("shop_product"."price_cents" * "shop_product"."stock") AS "stock_value_cents",
       COUNT("shop_product_tags"."tag_id") AS "tag_count"
FROM "shop_product"
INNER JOIN "shop_category" ON ("shop_product"."category_id" = "shop_category"."id")
LEFT OUTER JOIN "shop_product_tags" ON ("shop_product"."id" = "shop_product_tags"."product_id")
WHERE "shop_category"."name" = 'Electronics'
GROUP BY "shop_product"."id",
         2
ORDER BY "shop_product"."id" ASC;
