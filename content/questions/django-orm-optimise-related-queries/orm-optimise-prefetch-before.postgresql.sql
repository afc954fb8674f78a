-- query 1 of 11
SELECT "shop_customer"."id",
       "shop_customer"."name",
       "shop_customer"."email",
       "shop_customer"."city",
       "shop_customer"."joined_on"
FROM "shop_customer"
WHERE "shop_customer"."city" = 'London'
ORDER BY "shop_customer"."name" ASC;

-- query 2 of 11
SELECT "shop_order"."id",
       "shop_order"."customer_id",
       "shop_order"."created_at",
       "shop_order"."status",
       "shop_order"."shipped_at"
FROM "shop_order"
WHERE ("shop_order"."customer_id" = 2
       AND "shop_order"."created_at" >= '2025-01-01T00:00:00+00:00'::timestamptz)
ORDER BY "shop_order"."created_at" ASC;

-- query 3 of 11
SELECT "shop_orderitem"."id",
       "shop_orderitem"."order_id",
       "shop_orderitem"."product_id",
       "shop_orderitem"."quantity",
       "shop_orderitem"."unit_price_cents"
FROM "shop_orderitem"
WHERE "shop_orderitem"."order_id" = 11;

-- query 4 of 11
SELECT "shop_product"."id",
       "shop_product"."name",
       "shop_product"."category_id",
       "shop_product"."price_cents",
       "shop_product"."stock",
       "shop_product"."is_active"
FROM "shop_product"
WHERE "shop_product"."id" = 7
LIMIT 21;

-- query 5 of 11
SELECT "shop_orderitem"."id",
       "shop_orderitem"."order_id",
       "shop_orderitem"."product_id",
       "shop_orderitem"."quantity",
       "shop_orderitem"."unit_price_cents"
FROM "shop_orderitem"
WHERE "shop_orderitem"."order_id" = 16;

-- query 6 of 11
SELECT "shop_product"."id",
       "shop_product"."name",
       "shop_product"."category_id",
       "shop_product"."price_cents",
       "shop_product"."stock",
       "shop_product"."is_active"
FROM "shop_product"
WHERE "shop_product"."id" = 4
LIMIT 21;

-- query 7 of 11
SELECT "shop_product"."id",
       "shop_product"."name",
       "shop_product"."category_id",
       "shop_product"."price_cents",
       "shop_product"."stock",
       "shop_product"."is_active"
FROM "shop_product"
WHERE "shop_product"."id" = 2
LIMIT 21;

-- query 8 of 11
SELECT "shop_order"."id",
       "shop_order"."customer_id",
       "shop_order"."created_at",
       "shop_order"."status",
       "shop_order"."shipped_at"
FROM "shop_order"
WHERE ("shop_order"."customer_id" = 6
       AND "shop_order"."created_at" >= '2025-01-01T00:00:00+00:00'::timestamptz)
ORDER BY "shop_order"."created_at" ASC;

-- query 9 of 11
SELECT "shop_orderitem"."id",
       "shop_orderitem"."order_id",
       "shop_orderitem"."product_id",
       "shop_orderitem"."quantity",
       "shop_orderitem"."unit_price_cents"
FROM "shop_orderitem"
WHERE "shop_orderitem"."order_id" = 17;

-- query 10 of 11
SELECT "shop_product"."id",
       "shop_product"."name",
       "shop_product"."category_id",
       "shop_product"."price_cents",
       "shop_product"."stock",
       "shop_product"."is_active"
FROM "shop_product"
WHERE "shop_product"."id" = 12
LIMIT 21;

-- query 11 of 11
SELECT "shop_product"."id",
       "shop_product"."name",
       "shop_product"."category_id",
       "shop_product"."price_cents",
       "shop_product"."stock",
       "shop_product"."is_active"
FROM "shop_product"
WHERE "shop_product"."id" = 10
LIMIT 21;
