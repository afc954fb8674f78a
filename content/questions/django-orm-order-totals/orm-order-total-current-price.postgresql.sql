SELECT "shop_order"."id",
       "shop_order"."customer_id",
       "shop_order"."created_at",
       "shop_order"."status",
       "shop_order"."shipped_at",
       SUM(("shop_orderitem"."quantity" * "shop_orderitem"."unit_price_cents")) AS "total_cents",
       SUM(("shop_product"."price_cents" * "shop_orderitem"."quantity")) AS "current_price_total_cents"
FROM "shop_order"
LEFT OUTER JOIN "shop_orderitem" ON ("shop_order"."id" = "shop_orderitem"."order_id")
LEFT OUTER JOIN "shop_product" ON ("shop_orderitem"."product_id" = "shop_product"."id")
GROUP BY "shop_order"."id"
HAVING NOT (SUM(("shop_orderitem"."quantity" * "shop_orderitem"."unit_price_cents")) = (SUM(("shop_product"."price_cents" * "shop_orderitem"."quantity"))))
ORDER BY "shop_order"."id" ASC;
