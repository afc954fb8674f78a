SELECT "shop_product"."id",
       "shop_product"."name",
       "shop_product"."category_id",
       "shop_product"."price_cents",
       "shop_product"."stock",
       "shop_product"."is_active"
FROM "shop_product"
WHERE "shop_product"."id" = 999
LIMIT 21;
