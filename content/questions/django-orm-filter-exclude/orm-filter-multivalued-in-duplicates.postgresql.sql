-- query 1 of 2
SELECT COUNT(*) AS "__count"
FROM "shop_product"
INNER JOIN "shop_product_tags" ON ("shop_product"."id" = "shop_product_tags"."product_id")
INNER JOIN "shop_tag" ON ("shop_product_tags"."tag_id" = "shop_tag"."id")
WHERE "shop_tag"."name" IN ('gift', 'bestseller');

-- query 2 of 2
SELECT COUNT(*)
FROM
  (SELECT DISTINCT "shop_product"."id" AS "col1",
                   "shop_product"."name" AS "col2",
                   "shop_product"."category_id" AS "col3",
                   "shop_product"."price_cents" AS "col4",
                   "shop_product"."stock" AS "col5",
                   "shop_product"."is_active" AS "col6"
   FROM "shop_product"
   INNER JOIN "shop_product_tags" ON ("shop_product"."id" = "shop_product_tags"."product_id")
   INNER JOIN "shop_tag" ON ("shop_product_tags"."tag_id" = "shop_tag"."id")
   WHERE "shop_tag"."name" IN ('gift', 'bestseller')) subquery;
