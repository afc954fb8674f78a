SELECT "shop_product"."id",
       "shop_product"."name",
       "shop_product"."category_id",
       "shop_product"."price_cents",
       "shop_product"."stock",
       "shop_product"."is_active",
       COALESCE(SUM((T4."quantity" * T4."unit_price_cents")), 0) AS "revenue_cents"
FROM "shop_product"
LEFT OUTER JOIN "shop_orderitem" ON ("shop_product"."id" = "shop_orderitem"."product_id")
LEFT OUTER JOIN "shop_order" ON ("shop_orderitem"."order_id" = "shop_order"."id")
LEFT OUTER JOIN "shop_orderitem" T4 ON ("shop_order"."id" = T4."order_id")
GROUP BY "shop_product"."id"
ORDER BY 7 DESC,
         "shop_product"."name" ASC
LIMIT 5;
