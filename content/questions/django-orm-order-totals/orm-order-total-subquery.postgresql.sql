SELECT "shop_order"."id",
       "shop_order"."customer_id",
       "shop_order"."created_at",
       "shop_order"."status",
       "shop_order"."shipped_at",
       SUM(("shop_orderitem"."quantity" * "shop_orderitem"."unit_price_cents")) AS "total_cents",
  (SELECT COUNT(U0."id") AS "count"
   FROM "shop_order" U0
   WHERE U0."customer_id" = ("shop_order"."customer_id")
   GROUP BY U0."customer_id") AS "customer_order_count"
FROM "shop_order"
LEFT OUTER JOIN "shop_orderitem" ON ("shop_order"."id" = "shop_orderitem"."order_id")
WHERE "shop_order"."id" IN (1, 7, 19)
GROUP BY "shop_order"."id"
ORDER BY "shop_order"."id" ASC;
