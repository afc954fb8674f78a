SELECT "shop_order"."id",
       "shop_order"."customer_id",
       "shop_order"."created_at",
       "shop_order"."status",
       "shop_order"."shipped_at",
       SUM(("shop_orderitem"."quantity" * "shop_orderitem"."unit_price_cents")) AS "total_cents",
       COUNT(T4."id") AS "customer_order_count"
FROM "shop_order"
LEFT OUTER JOIN "shop_orderitem" ON ("shop_order"."id" = "shop_orderitem"."order_id")
INNER JOIN "shop_customer" ON ("shop_order"."customer_id" = "shop_customer"."id")
LEFT OUTER JOIN "shop_order" T4 ON ("shop_customer"."id" = T4."customer_id")
WHERE "shop_order"."id" IN (1, 7, 19)
GROUP BY "shop_order"."id"
ORDER BY "shop_order"."id" ASC;
