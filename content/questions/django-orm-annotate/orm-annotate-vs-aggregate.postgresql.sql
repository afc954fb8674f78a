-- query 1 of 3
SELECT COUNT("shop_order"."id") AS "order_count"
FROM "shop_customer"
LEFT OUTER JOIN "shop_order" ON ("shop_customer"."id" = "shop_order"."customer_id");

-- query 2 of 3
SELECT "shop_customer"."name",
       COUNT("shop_order"."id") AS "order_count"
FROM "shop_customer"
LEFT OUTER JOIN "shop_order" ON ("shop_customer"."id" = "shop_order"."customer_id")
GROUP BY "shop_customer"."id"
ORDER BY "shop_customer"."id" ASC
LIMIT 3;

-- query 3 of 3
SELECT AVG("order_count"),
       MAX("order_count")
FROM
  (SELECT COUNT("shop_order"."id") AS "order_count"
   FROM "shop_customer"
   LEFT OUTER JOIN "shop_order" ON ("shop_customer"."id" = "shop_order"."customer_id")
   GROUP BY "shop_customer"."id") subquery;
