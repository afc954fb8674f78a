-- query 1 of 7
SELECT "shop_order"."id",
       "shop_order"."customer_id",
       "shop_order"."created_at",
       "shop_order"."status",
       "shop_order"."shipped_at"
FROM "shop_order"
WHERE "shop_order"."id" = 20
LIMIT 21;

-- query 2 of 7
SELECT "shop_product"."id",
       "shop_product"."name",
       "shop_product"."category_id",
       "shop_product"."price_cents",
       "shop_product"."stock",
       "shop_product"."is_active"
FROM "shop_product"
WHERE "shop_product"."name" = 'The Pragmatic Programmer'
LIMIT 21;

-- query 3 of 7
SELECT "shop_product"."id",
       "shop_product"."name",
       "shop_product"."category_id",
       "shop_product"."price_cents",
       "shop_product"."stock",
       "shop_product"."is_active"
FROM "shop_product"
WHERE "shop_product"."name" = 'USB-C Hub'
LIMIT 21;

-- query 4 of 7
BEGIN;

-- query 5 of 7
INSERT INTO "shop_orderitem" ("order_id",
                              "product_id",
                              "quantity",
                              "unit_price_cents")
VALUES (20, 6, 2, 4200),
       (20, 4, 1, 3999) ON CONFLICT("order_id", "product_id") DO
UPDATE
SET "quantity" = EXCLUDED."quantity",
    "unit_price_cents" = EXCLUDED."unit_price_cents";

-- query 6 of 7
COMMIT;

-- query 7 of 7
SELECT "shop_orderitem"."id",
       "shop_orderitem"."order_id",
       "shop_orderitem"."product_id",
       "shop_orderitem"."quantity",
       "shop_orderitem"."unit_price_cents",
       "shop_product"."id",
       "shop_product"."name",
       "shop_product"."category_id",
       "shop_product"."price_cents",
       "shop_product"."stock",
       "shop_product"."is_active"
FROM "shop_orderitem"
INNER JOIN "shop_product" ON ("shop_orderitem"."product_id" = "shop_product"."id")
WHERE "shop_orderitem"."order_id" = 20
ORDER BY "shop_orderitem"."id" ASC;
