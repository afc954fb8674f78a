SELECT "shop_customer"."name",
       COUNT("shop_order"."id") AS "order_count",
       COUNT("shop_order"."id") FILTER (
                                        WHERE "shop_order"."status" = 'shipped') AS "shipped_count"
FROM "shop_customer"
LEFT OUTER JOIN "shop_order" ON ("shop_customer"."id" = "shop_order"."customer_id")
GROUP BY "shop_customer"."id"
ORDER BY "shop_customer"."id" ASC;
