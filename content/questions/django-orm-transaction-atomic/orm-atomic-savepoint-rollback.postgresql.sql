-- query 1 of 14
SELECT "shop_product"."id",
       "shop_product"."name",
       "shop_product"."category_id",
       "shop_product"."price_cents",
       "shop_product"."stock",
       "shop_product"."is_active"
FROM "shop_product"
WHERE "shop_product"."id" IN (2, 4)
ORDER BY "shop_product"."id" ASC;

-- query 2 of 14
BEGIN;

-- query 3 of 14
INSERT INTO "shop_order" ("customer_id",
                          "created_at",
                          "status",
                          "shipped_at")
VALUES (8, '2025-07-01T00:00:00+00:00'::timestamptz, 'pending', NULL) RETURNING "shop_order"."id";

-- query 4 of 14
SAVEPOINT "s1_x1";

-- query 5 of 14
INSERT INTO "shop_orderitem" ("order_id",
                              "product_id",
                              "quantity",
                              "unit_price_cents")
VALUES (21, 2, 1, 2499) RETURNING "shop_orderitem"."id";

-- query 6 of 14
UPDATE "shop_product"
SET "stock" = ("shop_product"."stock" - 1)
WHERE ("shop_product"."id" = 2
       AND "shop_product"."stock" >= 1);

-- query 7 of 14
RELEASE SAVEPOINT "s1_x1";

-- query 8 of 14
SAVEPOINT "s1_x2";

-- query 9 of 14
INSERT INTO "shop_orderitem" ("order_id",
                              "product_id",
                              "quantity",
                              "unit_price_cents")
VALUES (21, 4, 1, 3999) RETURNING "shop_orderitem"."id";

-- query 10 of 14
UPDATE "shop_product"
SET "stock" = ("shop_product"."stock" - 1)
WHERE ("shop_product"."id" = 4
       AND "shop_product"."stock" >= 1);

-- query 11 of 14
ROLLBACK TO SAVEPOINT "s1_x2";

-- query 12 of 14
RELEASE SAVEPOINT "s1_x2";

-- query 13 of 14
COMMIT;

-- query 14 of 14
SELECT "shop_product"."name"
FROM "shop_orderitem"
INNER JOIN "shop_product" ON ("shop_orderitem"."product_id" = "shop_product"."id")
WHERE "shop_orderitem"."order_id" = 21;
