SELECT "shop_tag"."name",
       COUNT("shop_product_tags"."product_id") AS "product_count"
FROM "shop_tag"
LEFT OUTER JOIN "shop_product_tags" ON ("shop_tag"."id" = "shop_product_tags"."tag_id")
GROUP BY "shop_tag"."id"
HAVING COUNT("shop_product_tags"."product_id") >= 3
ORDER BY 2 DESC,
         "shop_tag"."name" ASC;
