SELECT "shop_product"."id",
       "shop_product"."name",
       "shop_product"."category_id",
       "shop_product"."price_cents",
       "shop_product"."stock",
       "shop_product"."is_active",
  (SELECT U2."created_at"
   FROM "shop_orderitem" U0
   INNER JOIN "shop_order" U2 ON (U0."order_id" = U2."id")
   WHERE U0."product_id" = ("shop_product"."id")) AS "ordered_at"
FROM "shop_product"
INNER JOIN "shop_category" ON ("shop_product"."category_id" = "shop_category"."id")
WHERE "shop_category"."name" = 'Electronics'
ORDER BY "shop_product"."id" ASC;
