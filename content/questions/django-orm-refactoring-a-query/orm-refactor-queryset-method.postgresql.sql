SELECT "shop_customer"."id",
       "shop_customer"."name",
       "shop_customer"."email",
       "shop_customer"."city",
       "shop_customer"."joined_on",
       COUNT(DISTINCT "shop_order"."id") FILTER (
                                                 WHERE NOT ("shop_order"."status" = 'cancelled'
                                                            AND "shop_order"."status" IS NOT NULL)) AS "order_count",
       COALESCE(SUM(("shop_orderitem"."quantity" * "shop_orderitem"."unit_price_cents")) FILTER (
                                                                                                 WHERE NOT ("shop_order"."status" = 'cancelled'
                                                                                                            AND "shop_order"."status" IS NOT NULL)), 0) AS "spent_cents"
FROM "shop_customer"
LEFT OUTER JOIN "shop_order" ON ("shop_customer"."id" = "shop_order"."customer_id")
LEFT OUTER JOIN "shop_orderitem" ON ("shop_order"."id" = "shop_orderitem"."order_id")
WHERE "shop_customer"."city" = 'London'
GROUP BY "shop_customer"."id"
ORDER BY "shop_customer"."name" ASC;
