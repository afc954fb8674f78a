-- query 1 of 2
SELECT "shop_customer"."name",
       COUNT("shop_order"."id") AS "order_count"
FROM "shop_customer"
LEFT OUTER JOIN "shop_order" ON ("shop_customer"."id" = "shop_order"."customer_id")
GROUP BY "shop_customer"."id"
ORDER BY 2 ASC,
         "shop_customer"."id" ASC
LIMIT 3;

-- query 2 of 2
SELECT "shop_customer"."name",
       COUNT("shop_order"."id") AS "order_count"
FROM "shop_order"
INNER JOIN "shop_customer" ON ("shop_order"."customer_id" = "shop_customer"."id")
GROUP BY "shop_customer"."name"
ORDER BY 2 ASC,
         "shop_customer"."name" ASC
LIMIT 3;
