-- query 1 of 5
BEGIN;

-- query 2 of 5
INSERT INTO "shop_order" ("customer_id",
                          "created_at",
                          "status",
                          "shipped_at")
VALUES (8, '2025-07-01T00:00:00+00:00'::timestamptz, 'pending', NULL) RETURNING "shop_order"."id";

-- query 3 of 5
INSERT INTO "shop_orderitem" ("order_id",
                              "product_id",
                              "quantity",
                              "unit_price_cents")
VALUES (21, 5, 1, 12900) RETURNING "shop_orderitem"."id";

-- query 4 of 5
INSERT INTO "shop_orderitem" ("order_id",
                              "product_id",
                              "quantity",
                              "unit_price_cents")
VALUES (21, 2, 1, 2499) RETURNING "shop_orderitem"."id";

-- query 5 of 5
COMMIT;
