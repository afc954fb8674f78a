-- query 1 of 2
SELECT "shop_product"."id",
       "shop_product"."name",
       "shop_product"."category_id",
       "shop_product"."price_cents",
       "shop_product"."stock",
       "shop_product"."is_active"
FROM "shop_product"
INNER JOIN "shop_category" ON ("shop_product"."category_id" = "shop_category"."id")
WHERE "shop_category"."name" = 'Kitchen'
ORDER BY "shop_product"."name" ASC;

-- query 2 of 2
SELECT ("shop_product_tags"."product_id") AS "_prefetch_related_val_product_id",
       "shop_tag"."id",
       "shop_tag"."name"
FROM "shop_tag"
INNER JOIN "shop_product_tags" ON ("shop_tag"."id" = "shop_product_tags"."tag_id")
WHERE "shop_product_tags"."product_id" IN (12, 10, 11);
