SELECT "shop_product"."id",
       "shop_product"."name",
       "shop_product"."category_id",
       "shop_product"."price_cents",
       "shop_product"."stock",
       "shop_product"."is_active",
  (SELECT U2."created_at"
   FROM "shop_orderitem" U0
   INNER JOIN "shop_order" U2 ON (U0."order_id" = U2."id")
   WHERE U0."product_id" = ("shop_product"."id")
   ORDER BY U2."created_at" DESC, U0."id" DESC
   LIMIT 1) AS "last_ordered_at",
  (SELECT U0."unit_price_cents"
   FROM "shop_orderitem" U0
   INNER JOIN "shop_order" ON (U0."order_id" = "shop_order"."id")
   WHERE U0."product_id" = ("shop_product"."id")
   ORDER BY "shop_order"."created_at" DESC, U0."id" DESC
   LIMIT 1) AS "last_price_cents"
FROM "shop_product"
ORDER BY "shop_product"."id" ASC;
