-- query 1 of 6
SELECT "shop_order"."id",
       "shop_order"."customer_id",
       "shop_order"."created_at",
       "shop_order"."status",
       "shop_order"."shipped_at"
FROM "shop_order"
WHERE "shop_order"."id" = 20
LIMIT 21;

-- query 2 of 6
SELECT "shop_product"."id",
       "shop_product"."name",
       "shop_product"."category_id",
       "shop_product"."price_cents",
       "shop_product"."stock",
       "shop_product"."is_active"
FROM "shop_product"
WHERE "shop_product"."name" = 'USB-C Hub'
LIMIT 21;

-- query 3 of 6
BEGIN;

-- query 4 of 6
SELECT "shop_orderitem"."product_id"
FROM "shop_orderitem"
WHERE ("shop_orderitem"."order_id" = 20
       AND "shop_orderitem"."product_id" IN (4));

-- query 5 of 6
INSERT INTO "shop_orderitem" ("order_id",
                              "product_id",
                              "quantity",
                              "unit_price_cents")
VALUES (20, 4, NULL, NULL) RETURNING "shop_orderitem"."id";

-- query 6 of 6
ROLLBACK;
