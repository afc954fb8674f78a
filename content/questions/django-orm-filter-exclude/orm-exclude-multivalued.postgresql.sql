-- query 1 of 3
SELECT "shop_order"."id"
FROM "shop_order"
ORDER BY "shop_order"."id" ASC;

-- query 2 of 3
SELECT "shop_order"."id"
FROM "shop_order"
WHERE NOT (EXISTS
             (SELECT 1 AS "a"
              FROM "shop_orderitem" U1
              INNER JOIN "shop_product" U2 ON (U1."product_id" = U2."id")
              WHERE (U2."name" = 'Wireless Mouse'
                     AND U1."order_id" = ("shop_order"."id"))
              LIMIT 1)
           AND EXISTS
             (SELECT 1 AS "a"
              FROM "shop_orderitem" U1
              WHERE (U1."quantity" >= 2
                     AND U1."order_id" = ("shop_order"."id"))
              LIMIT 1))
ORDER BY "shop_order"."id" ASC;

-- query 3 of 3
SELECT "shop_order"."id"
FROM "shop_order"
WHERE NOT (EXISTS
             (SELECT 1 AS "a"
              FROM "shop_orderitem" V1
              WHERE (V1."id" IN
                       (SELECT U0."id"
                        FROM "shop_orderitem" U0
                        INNER JOIN "shop_product" U1 ON (U0."product_id" = U1."id")
                        WHERE (U1."name" = 'Wireless Mouse'
                               AND U0."quantity" >= 2))
                     AND V1."order_id" = ("shop_order"."id"))
              LIMIT 1))
ORDER BY "shop_order"."id" ASC;
