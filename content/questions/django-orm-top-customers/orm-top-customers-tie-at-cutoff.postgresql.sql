SELECT "shop_customer"."id",
       "shop_customer"."name",
       "shop_customer"."email",
       "shop_customer"."city",
       "shop_customer"."joined_on",
       COUNT("shop_order"."id") FILTER (
                                        WHERE "shop_order"."status" = 'shipped') AS "shipped_orders"
FROM "shop_customer"
LEFT OUTER JOIN "shop_order" ON ("shop_customer"."id" = "shop_order"."customer_id")
GROUP BY "shop_customer"."id"
ORDER BY 6 DESC,
         "shop_customer"."id" ASC
LIMIT 5;
