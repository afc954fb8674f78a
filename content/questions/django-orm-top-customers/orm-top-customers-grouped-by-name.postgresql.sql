-- query 1 of 5
INSERT INTO "shop_customer" ("name",
                             "email",
                             "city",
                             "joined_on")
VALUES ('David Okafor', 'd.okafor@example.org', 'Abuja', '2025-01-20'::date) RETURNING "shop_customer"."id";

-- query 2 of 5
INSERT INTO "shop_order" ("customer_id",
                          "created_at",
                          "status",
                          "shipped_at")
VALUES (9, '2025-02-03T10:00:00+00:00'::timestamptz, 'pending', NULL) RETURNING "shop_order"."id";

-- query 3 of 5
INSERT INTO "shop_order" ("customer_id",
                          "created_at",
                          "status",
                          "shipped_at")
VALUES (9, '2025-05-21T16:30:00+00:00'::timestamptz, 'pending', NULL) RETURNING "shop_order"."id";

-- query 4 of 5
SELECT "shop_customer"."name",
       COUNT("shop_order"."id") AS "total_orders"
FROM "shop_order"
INNER JOIN "shop_customer" ON ("shop_order"."customer_id" = "shop_customer"."id")
GROUP BY "shop_customer"."name"
ORDER BY 2 DESC,
         "shop_customer"."name" ASC
LIMIT 3;

-- query 5 of 5
SELECT "shop_customer"."id",
       "shop_customer"."name",
       "shop_customer"."email",
       "shop_customer"."city",
       "shop_customer"."joined_on",
       COUNT("shop_order"."id") AS "order_count"
FROM "shop_customer"
LEFT OUTER JOIN "shop_order" ON ("shop_customer"."id" = "shop_order"."customer_id")
GROUP BY "shop_customer"."id"
ORDER BY 6 DESC,
         "shop_customer"."id" ASC
LIMIT 3;
