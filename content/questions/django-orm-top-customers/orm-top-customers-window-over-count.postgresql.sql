SELECT "shop_customer"."id",
       "shop_customer"."name",
       "shop_customer"."email",
       "shop_customer"."city",
       "shop_customer"."joined_on",
       COUNT("shop_order"."id") AS "order_count",
       RANK() OVER (
                    ORDER BY COUNT("shop_order"."id") DESC) AS "rank",
                   LAG(COUNT("shop_order"."id"), 1) OVER (
                                                          ORDER BY COUNT("shop_order"."id") DESC, "shop_customer"."id") AS "next_above"
FROM "shop_customer"
LEFT OUTER JOIN "shop_order" ON ("shop_customer"."id" = "shop_order"."customer_id")
GROUP BY "shop_customer"."id"
ORDER BY 7 ASC,
         "shop_customer"."id" ASC
LIMIT 4;
