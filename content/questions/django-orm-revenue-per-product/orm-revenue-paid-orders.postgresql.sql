SELECT "shop_product"."id",
       "shop_product"."name",
       "shop_product"."category_id",
       "shop_product"."price_cents",
       "shop_product"."stock",
       "shop_product"."is_active",
       COALESCE(SUM(("shop_orderitem"."quantity" * "shop_orderitem"."unit_price_cents")) FILTER (
                                                                                                 WHERE "shop_order"."status" IN ('paid', 'shipped')), 0) AS "revenue_cents"
FROM "shop_product"
LEFT OUTER JOIN "shop_orderitem" ON ("shop_product"."id" = "shop_orderitem"."product_id")
LEFT OUTER JOIN "shop_order" ON ("shop_orderitem"."order_id" = "shop_order"."id")
GROUP BY "shop_product"."id"
ORDER BY 7 DESC,
         "shop_product"."name" ASC;
