SELECT *
FROM
  (SELECT "shop_customer"."id" AS "col1",
          "shop_customer"."name" AS "col2",
          "shop_customer"."email" AS "col3",
          "shop_customer"."city" AS "col4",
          "shop_customer"."joined_on" AS "col5",
          COUNT("shop_order"."id") FILTER (
                                           WHERE "shop_order"."status" = 'shipped') AS "shipped_orders",
          RANK() OVER (
                       ORDER BY COUNT("shop_order"."id") FILTER (
                                                                 WHERE "shop_order"."status" = 'shipped') DESC) AS "rank"
   FROM "shop_customer"
   LEFT OUTER JOIN "shop_order" ON ("shop_customer"."id" = "shop_order"."customer_id")
   GROUP BY 1
   ORDER BY 7 ASC, "shop_customer"."id" ASC) "qualify"
WHERE "rank" <= 3
ORDER BY 7 ASC,
         "col1" ASC;
