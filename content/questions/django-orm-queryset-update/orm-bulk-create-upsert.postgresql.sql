-- query 1 of 4
BEGIN;

-- query 2 of 4
INSERT INTO "shop_orderitem" ("order_id",
                              "product_id",
                              "quantity",
                              "unit_price_cents")
VALUES (20, 6, 2, 4200),
       (20, 2, 1, 2499) ON CONFLICT("order_id", "product_id") DO
UPDATE
SET "quantity" = EXCLUDED."quantity",
    "unit_price_cents" = EXCLUDED."unit_price_cents";

-- query 3 of 4
COMMIT;

-- query 4 of 4
SELECT "shop_orderitem"."id",
       "shop_product"."name",
       "shop_orderitem"."quantity"
FROM "shop_orderitem"
INNER JOIN "shop_product" ON ("shop_orderitem"."product_id" = "shop_product"."id")
WHERE "shop_orderitem"."order_id" = 20
ORDER BY "shop_orderitem"."id" ASC;
