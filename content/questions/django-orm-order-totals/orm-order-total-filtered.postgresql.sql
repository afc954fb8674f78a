-- query 1 of 2
SELECT "shop_order"."id",
       SUM(("shop_orderitem"."quantity" * "shop_orderitem"."unit_price_cents")) AS "total_cents"
FROM "shop_order"
INNER JOIN "shop_orderitem" ON ("shop_order"."id" = "shop_orderitem"."order_id")
WHERE "shop_orderitem"."quantity" >= 2
GROUP BY "shop_order"."id"
ORDER BY "shop_order"."id" ASC;

-- query 2 of 2
SELECT "shop_order"."id",
       SUM(("shop_orderitem"."quantity" * "shop_orderitem"."unit_price_cents")) AS "total_cents"
FROM "shop_order"
LEFT OUTER JOIN "shop_orderitem" ON ("shop_order"."id" = "shop_orderitem"."order_id")
WHERE EXISTS
    (SELECT 1 AS "a"
     FROM "shop_orderitem" U0
     WHERE (U0."order_id" = ("shop_order"."id")
            AND U0."quantity" >= 2)
     LIMIT 1)
GROUP BY "shop_order"."id"
ORDER BY "shop_order"."id" ASC;
