SELECT "shop_order"."id",
       "shop_order"."customer_id",
       "shop_order"."created_at",
       "shop_order"."status",
       "shop_order"."shipped_at",
       SUM(("shop_orderitem"."quantity" * "shop_orderitem"."unit_price_cents")) AS "total_cents",
       (SUM(("shop_orderitem"."quantity" * "shop_orderitem"."unit_price_cents")) / 100) AS "wrapped",
       ((SUM(("shop_orderitem"."quantity" * "shop_orderitem"."unit_price_cents")))::double precision / 100) AS "cast"
FROM "shop_order"
LEFT OUTER JOIN "shop_orderitem" ON ("shop_order"."id" = "shop_orderitem"."order_id")
WHERE "shop_order"."id" IN (1, 19)
GROUP BY "shop_order"."id"
ORDER BY "shop_order"."id" ASC;
