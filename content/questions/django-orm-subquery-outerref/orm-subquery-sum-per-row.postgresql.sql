SELECT "shop_product"."name",
       COUNT("shop_product_tags"."tag_id") AS "tag_count",
       COALESCE(
                  (SELECT SUM(U0."quantity") AS "total"
                   FROM "shop_orderitem" U0
                   WHERE U0."product_id" = ("shop_product"."id")
                   GROUP BY U0."product_id"), 0) AS "units_sold"
FROM "shop_product"
INNER JOIN "shop_category" ON ("shop_product"."category_id" = "shop_category"."id")
LEFT OUTER JOIN "shop_product_tags" ON ("shop_product"."id" = "shop_product_tags"."product_id")
WHERE "shop_category"."name" = 'Electronics'
GROUP BY "shop_product"."id",
         3
ORDER BY "shop_product"."id" ASC;
