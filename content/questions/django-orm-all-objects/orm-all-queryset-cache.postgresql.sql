-- query 1 of 3
SELECT "shop_product"."id",
       "shop_product"."name",
       "shop_product"."category_id",
       "shop_product"."price_cents",
       "shop_product"."stock",
       "shop_product"."is_active"
FROM "shop_product"
ORDER BY "shop_product"."id" ASC;

-- query 2 of 3
SELECT "shop_product"."id",
       "shop_product"."name",
       "shop_product"."category_id",
       "shop_product"."price_cents",
       "shop_product"."stock",
       "shop_product"."is_active"
FROM "shop_product"
ORDER BY "shop_product"."id" ASC
LIMIT 1;

-- query 3 of 3
SELECT COUNT(*) AS "__count"
FROM "shop_product";
