-- query 1 of 2
SELECT COUNT(*)
FROM
  (SELECT "shop_customer"."name" AS "col1"
   FROM "shop_customer"
   LEFT OUTER JOIN "shop_order" ON ("shop_customer"."id" = "shop_order"."customer_id")
   GROUP BY "shop_customer"."id") subquery;

-- query 2 of 2
SELECT "shop_customer"."name",
       COUNT("shop_order"."id") AS "order_count"
FROM "shop_customer"
LEFT OUTER JOIN "shop_order" ON ("shop_customer"."id" = "shop_order"."customer_id")
GROUP BY "shop_customer"."id"
ORDER BY 2 DESC,
         "shop_customer"."name" ASC
LIMIT 3;
