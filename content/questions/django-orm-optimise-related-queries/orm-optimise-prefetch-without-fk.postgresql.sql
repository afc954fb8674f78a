-- query 1 of 8
SELECT "shop_customer"."id",
       "shop_customer"."name",
       "shop_customer"."email",
       "shop_customer"."city",
       "shop_customer"."joined_on"
FROM "shop_customer"
WHERE "shop_customer"."city" = 'London'
ORDER BY "shop_customer"."name" ASC;

-- query 2 of 8
SELECT "shop_order"."id",
       "shop_order"."customer_id",
       "shop_order"."created_at",
       "shop_order"."status",
       "shop_order"."shipped_at"
FROM "shop_order"
WHERE ("shop_order"."created_at" >= '2025-01-01T00:00:00+00:00'::timestamptz
       AND "shop_order"."customer_id" IN (2, 6))
ORDER BY "shop_order"."created_at" ASC;

-- query 3 of 8
SELECT "shop_orderitem"."id",
       "shop_orderitem"."product_id",
       "shop_product"."id",
       "shop_product"."name"
FROM "shop_orderitem"
INNER JOIN "shop_product" ON ("shop_orderitem"."product_id" = "shop_product"."id")
WHERE "shop_orderitem"."order_id" IN (11, 16, 17)
ORDER BY "shop_product"."name" ASC;

-- query 4 of 8
SELECT "shop_orderitem"."id",
       "shop_orderitem"."order_id"
FROM "shop_orderitem"
WHERE "shop_orderitem"."id" = 27
LIMIT 21;

-- query 5 of 8
SELECT "shop_orderitem"."id",
       "shop_orderitem"."order_id"
FROM "shop_orderitem"
WHERE "shop_orderitem"."id" = 28
LIMIT 21;

-- query 6 of 8
SELECT "shop_orderitem"."id",
       "shop_orderitem"."order_id"
FROM "shop_orderitem"
WHERE "shop_orderitem"."id" = 19
LIMIT 21;

-- query 7 of 8
SELECT "shop_orderitem"."id",
       "shop_orderitem"."order_id"
FROM "shop_orderitem"
WHERE "shop_orderitem"."id" = 25
LIMIT 21;

-- query 8 of 8
SELECT "shop_orderitem"."id",
       "shop_orderitem"."order_id"
FROM "shop_orderitem"
WHERE "shop_orderitem"."id" = 26
LIMIT 21;
