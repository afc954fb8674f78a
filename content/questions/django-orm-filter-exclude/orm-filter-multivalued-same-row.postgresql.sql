SELECT "shop_product"."id",
       "shop_product"."name",
       "shop_product"."category_id",
       "shop_product"."price_cents",
       "shop_product"."stock",
       "shop_product"."is_active"
FROM "shop_product"
INNER JOIN "shop_product_tags" ON ("shop_product"."id" = "shop_product_tags"."product_id")
INNER JOIN "shop_tag" ON ("shop_product_tags"."tag_id" = "shop_tag"."id")
WHERE ("shop_tag"."name" = 'gift'
       AND "shop_tag"."name" = 'bestseller');
