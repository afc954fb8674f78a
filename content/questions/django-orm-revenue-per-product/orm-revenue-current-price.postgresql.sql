SELECT "shop_product"."id",
       "shop_product"."name",
       "shop_product"."category_id",
       "shop_product"."price_cents",
       "shop_product"."stock",
       "shop_product"."is_active",
       SUM(("shop_orderitem"."quantity" * "shop_orderitem"."unit_price_cents")) AS "paid_cents",
       SUM(("shop_orderitem"."quantity" * "shop_product"."price_cents")) AS "at_current_price_cents"
FROM "shop_product"
LEFT OUTER JOIN "shop_orderitem" ON ("shop_product"."id" = "shop_orderitem"."product_id")
GROUP BY "shop_product"."id"
HAVING NOT (SUM(("shop_orderitem"."quantity" * "shop_orderitem"."unit_price_cents")) = (SUM(("shop_orderitem"."quantity" * "shop_product"."price_cents"))))
ORDER BY "shop_product"."name" ASC;
