-- query 1 of 6
BEGIN;

-- query 2 of 6
INSERT INTO "shop_order" ("customer_id",
                          "created_at",
                          "status",
                          "shipped_at")
VALUES (8, '2025-07-01T00:00:00+00:00'::timestamptz, 'pending', NULL) RETURNING "shop_order"."id";

-- query 3 of 6
INSERT INTO "shop_orderitem" ("order_id",
                              "product_id",
                              "quantity",
                              "unit_price_cents")
VALUES (21, 2, 1, 2499) RETURNING "shop_orderitem"."id";

-- query 4 of 6
INSERT INTO "shop_orderitem" ("order_id",
                              "product_id",
                              "quantity",
                              "unit_price_cents")
VALUES (21, 2, 1, 2499) RETURNING "shop_orderitem"."id";

-- query 5 of 6
INSERT INTO "shop_orderitem" ("order_id",
                              "product_id",
                              "quantity",
                              "unit_price_cents")
VALUES (21, 4, 1, 3999) RETURNING "shop_orderitem"."id";

-- query 6 of 6
ROLLBACK;
