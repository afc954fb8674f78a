-- query 1 of 14
BEGIN;

-- query 2 of 14
INSERT INTO "shop_order" ("customer_id",
                          "created_at",
                          "status",
                          "shipped_at")
VALUES (8, '2025-07-01T00:00:00+00:00'::timestamptz, 'pending', NULL) RETURNING "shop_order"."id";

-- query 3 of 14
SAVEPOINT "s1_x1";

-- query 4 of 14
INSERT INTO "shop_orderitem" ("order_id",
                              "product_id",
                              "quantity",
                              "unit_price_cents")
VALUES (21, 2, 1, 2499) RETURNING "shop_orderitem"."id";

-- query 5 of 14
RELEASE SAVEPOINT "s1_x1";

-- query 6 of 14
SAVEPOINT "s1_x2";

-- query 7 of 14
INSERT INTO "shop_orderitem" ("order_id",
                              "product_id",
                              "quantity",
                              "unit_price_cents")
VALUES (21, 2, 1, 2499) RETURNING "shop_orderitem"."id";

-- query 8 of 14
ROLLBACK TO SAVEPOINT "s1_x2";

-- query 9 of 14
RELEASE SAVEPOINT "s1_x2";

-- query 10 of 14
SAVEPOINT "s1_x3";

-- query 11 of 14
INSERT INTO "shop_orderitem" ("order_id",
                              "product_id",
                              "quantity",
                              "unit_price_cents")
VALUES (21, 4, 1, 3999) RETURNING "shop_orderitem"."id";

-- query 12 of 14
RELEASE SAVEPOINT "s1_x3";

-- query 13 of 14
COMMIT;

-- query 14 of 14
SELECT "shop_orderitem"."product_id"
FROM "shop_orderitem"
WHERE "shop_orderitem"."order_id" = 21
ORDER BY "shop_orderitem"."product_id" ASC;
