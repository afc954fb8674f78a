-- query 1 of 2
SELECT "shop_product"."name",
       COUNT("shop_product_tags"."tag_id") AS "tag_count",
       COUNT("shop_orderitem"."id") AS "times_ordered"
FROM "shop_product"
INNER JOIN "shop_category" ON ("shop_product"."category_id" = "shop_category"."id")
LEFT OUTER JOIN "shop_product_tags" ON ("shop_product"."id" = "shop_product_tags"."product_id")
LEFT OUTER JOIN "shop_orderitem" ON ("shop_product"."id" = "shop_orderitem"."product_id")
WHERE "shop_category"."name" = 'Electronics'
GROUP BY "shop_product"."id"
ORDER BY "shop_product"."id" ASC;

-- query 2 of 2
SELECT "shop_product"."name",
       COUNT(DISTINCT "shop_product_tags"."tag_id") AS "tag_count",
       COUNT(DISTINCT "shop_orderitem"."id") AS "times_ordered"
FROM "shop_product"
INNER JOIN "shop_category" ON ("shop_product"."category_id" = "shop_category"."id")
LEFT OUTER JOIN "shop_product_tags" ON ("shop_product"."id" = "shop_product_tags"."product_id")
LEFT OUTER JOIN "shop_orderitem" ON ("shop_product"."id" = "shop_orderitem"."product_id")
WHERE "shop_category"."name" = 'Electronics'
GROUP BY "shop_product"."id"
ORDER BY "shop_product"."id" ASC;
