-- query 1 of 13
SELECT "shop_orderitem"."id",
       "shop_orderitem"."order_id",
       "shop_orderitem"."product_id",
       "shop_orderitem"."quantity",
       "shop_orderitem"."unit_price_cents"
FROM "shop_orderitem"
INNER JOIN "shop_order" ON ("shop_orderitem"."order_id" = "shop_order"."id")
WHERE "shop_order"."created_at" >= '2025-06-01T00:00:00+00:00'::timestamptz
ORDER BY "shop_orderitem"."id" ASC;

-- query 2 of 13
SELECT "shop_order"."id",
       "shop_order"."customer_id",
       "shop_order"."created_at",
       "shop_order"."status",
       "shop_order"."shipped_at"
FROM "shop_order"
WHERE "shop_order"."id" = 19
LIMIT 21;

-- query 3 of 13
SELECT "shop_product"."id",
       "shop_product"."name",
       "shop_product"."category_id",
       "shop_product"."price_cents",
       "shop_product"."stock",
       "shop_product"."is_active"
FROM "shop_product"
WHERE "shop_product"."id" = 3
LIMIT 21;

-- query 4 of 13
SELECT "shop_customer"."id",
       "shop_customer"."name",
       "shop_customer"."email",
       "shop_customer"."city",
       "shop_customer"."joined_on"
FROM "shop_customer"
WHERE "shop_customer"."id" = 1
LIMIT 21;

-- query 5 of 13
SELECT "shop_category"."id",
       "shop_category"."name"
FROM "shop_category"
WHERE "shop_category"."id" = 1
LIMIT 21;

-- query 6 of 13
SELECT "shop_order"."id",
       "shop_order"."customer_id",
       "shop_order"."created_at",
       "shop_order"."status",
       "shop_order"."shipped_at"
FROM "shop_order"
WHERE "shop_order"."id" = 19
LIMIT 21;

-- query 7 of 13
SELECT "shop_product"."id",
       "shop_product"."name",
       "shop_product"."category_id",
       "shop_product"."price_cents",
       "shop_product"."stock",
       "shop_product"."is_active"
FROM "shop_product"
WHERE "shop_product"."id" = 2
LIMIT 21;

-- query 8 of 13
SELECT "shop_customer"."id",
       "shop_customer"."name",
       "shop_customer"."email",
       "shop_customer"."city",
       "shop_customer"."joined_on"
FROM "shop_customer"
WHERE "shop_customer"."id" = 1
LIMIT 21;

-- query 9 of 13
SELECT "shop_category"."id",
       "shop_category"."name"
FROM "shop_category"
WHERE "shop_category"."id" = 1
LIMIT 21;

-- query 10 of 13
SELECT "shop_order"."id",
       "shop_order"."customer_id",
       "shop_order"."created_at",
       "shop_order"."status",
       "shop_order"."shipped_at"
FROM "shop_order"
WHERE "shop_order"."id" = 20
LIMIT 21;

-- query 11 of 13
SELECT "shop_product"."id",
       "shop_product"."name",
       "shop_product"."category_id",
       "shop_product"."price_cents",
       "shop_product"."stock",
       "shop_product"."is_active"
FROM "shop_product"
WHERE "shop_product"."id" = 6
LIMIT 21;

-- query 12 of 13
SELECT "shop_customer"."id",
       "shop_customer"."name",
       "shop_customer"."email",
       "shop_customer"."city",
       "shop_customer"."joined_on"
FROM "shop_customer"
WHERE "shop_customer"."id" = 7
LIMIT 21;

-- query 13 of 13
SELECT "shop_category"."id",
       "shop_category"."name"
FROM "shop_category"
WHERE "shop_category"."id" = 2
LIMIT 21;
