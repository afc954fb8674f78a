-- query 1 of 2
SELECT "shop_customer"."name"
FROM "shop_customer"
WHERE NOT EXISTS
    (SELECT 1 AS "a"
     FROM "shop_order" U0
     WHERE (U0."created_at" BETWEEN '2025-01-01T00:00:00+00:00'::timestamptz AND '2025-12-31T23:59:59.999999+00:00'::timestamptz
            AND U0."customer_id" = ("shop_customer"."id"))
     LIMIT 1);

-- query 2 of 2
SELECT "shop_customer"."name"
FROM "shop_customer"
WHERE EXISTS
    (SELECT 1 AS "a"
     FROM "shop_order" U0
     WHERE (U0."created_at" BETWEEN '2025-01-01T00:00:00+00:00'::timestamptz AND '2025-12-31T23:59:59.999999+00:00'::timestamptz
            AND U0."customer_id" = ("shop_customer"."id"))
     LIMIT 1)
ORDER BY "shop_customer"."id" ASC;
