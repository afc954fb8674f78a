-- query 1 of 2
SELECT "shop_customer"."name",
       COUNT("shop_order"."id") AS "order_count"
FROM "shop_customer"
INNER JOIN "shop_order" ON ("shop_customer"."id" = "shop_order"."customer_id")
WHERE "shop_order"."status" = 'shipped'
GROUP BY "shop_customer"."id"
ORDER BY "shop_customer"."id" ASC;

-- query 2 of 2
SELECT "shop_customer"."name",
       COUNT("shop_order"."id") AS "order_count"
FROM "shop_customer"
LEFT OUTER JOIN "shop_order" ON ("shop_customer"."id" = "shop_order"."customer_id")
INNER JOIN "shop_order" T3 ON ("shop_customer"."id" = T3."customer_id")
WHERE T3."status" = 'shipped'
GROUP BY "shop_customer"."id"
ORDER BY "shop_customer"."id" ASC;
