-- What Django 4.2 sends to PostgreSQL: one array of tag names per product, in one query
SELECT "shop_product"."name", ARRAY_AGG("shop_tag"."name" ORDER BY "shop_tag"."name") AS "tag_names"
FROM "shop_product"
INNER JOIN "shop_category" ON ("shop_product"."category_id" = "shop_category"."id")
LEFT OUTER JOIN "shop_product_tags" ON ("shop_product"."id" = "shop_product_tags"."product_id")
LEFT OUTER JOIN "shop_tag" ON ("shop_product_tags"."tag_id" = "shop_tag"."id")
WHERE "shop_category"."name" = 'Electronics'
GROUP BY "shop_product"."id"
ORDER BY "shop_product"."id" ASC;
