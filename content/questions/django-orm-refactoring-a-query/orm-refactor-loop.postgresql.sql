-- query 1 of 27
SELECT "shop_customer"."id",
       "shop_customer"."name",
       "shop_customer"."email",
       "shop_customer"."city",
       "shop_customer"."joined_on"
FROM "shop_customer"
ORDER BY "shop_customer"."name" ASC;

-- query 2 of 27
SELECT "shop_order"."id",
       "shop_order"."customer_id",
       "shop_order"."created_at",
       "shop_order"."status",
       "shop_order"."shipped_at"
FROM "shop_order"
WHERE ("shop_order"."customer_id" = 1
       AND NOT ("shop_order"."status" = 'cancelled'));

-- query 3 of 27
SELECT "shop_orderitem"."id",
       "shop_orderitem"."order_id",
       "shop_orderitem"."product_id",
       "shop_orderitem"."quantity",
       "shop_orderitem"."unit_price_cents"
FROM "shop_orderitem"
WHERE "shop_orderitem"."order_id" = 1;

-- query 4 of 27
SELECT "shop_orderitem"."id",
       "shop_orderitem"."order_id",
       "shop_orderitem"."product_id",
       "shop_orderitem"."quantity",
       "shop_orderitem"."unit_price_cents"
FROM "shop_orderitem"
WHERE "shop_orderitem"."order_id" = 3;

-- query 5 of 27
SELECT "shop_orderitem"."id",
       "shop_orderitem"."order_id",
       "shop_orderitem"."product_id",
       "shop_orderitem"."quantity",
       "shop_orderitem"."unit_price_cents"
FROM "shop_orderitem"
WHERE "shop_orderitem"."order_id" = 8;

-- query 6 of 27
SELECT "shop_orderitem"."id",
       "shop_orderitem"."order_id",
       "shop_orderitem"."product_id",
       "shop_orderitem"."quantity",
       "shop_orderitem"."unit_price_cents"
FROM "shop_orderitem"
WHERE "shop_orderitem"."order_id" = 14;

-- query 7 of 27
SELECT "shop_orderitem"."id",
       "shop_orderitem"."order_id",
       "shop_orderitem"."product_id",
       "shop_orderitem"."quantity",
       "shop_orderitem"."unit_price_cents"
FROM "shop_orderitem"
WHERE "shop_orderitem"."order_id" = 19;

-- query 8 of 27
SELECT "shop_order"."id",
       "shop_order"."customer_id",
       "shop_order"."created_at",
       "shop_order"."status",
       "shop_order"."shipped_at"
FROM "shop_order"
WHERE ("shop_order"."customer_id" = 2
       AND NOT ("shop_order"."status" = 'cancelled'));

-- query 9 of 27
SELECT "shop_orderitem"."id",
       "shop_orderitem"."order_id",
       "shop_orderitem"."product_id",
       "shop_orderitem"."quantity",
       "shop_orderitem"."unit_price_cents"
FROM "shop_orderitem"
WHERE "shop_orderitem"."order_id" = 2;

-- query 10 of 27
SELECT "shop_orderitem"."id",
       "shop_orderitem"."order_id",
       "shop_orderitem"."product_id",
       "shop_orderitem"."quantity",
       "shop_orderitem"."unit_price_cents"
FROM "shop_orderitem"
WHERE "shop_orderitem"."order_id" = 6;

-- query 11 of 27
SELECT "shop_orderitem"."id",
       "shop_orderitem"."order_id",
       "shop_orderitem"."product_id",
       "shop_orderitem"."quantity",
       "shop_orderitem"."unit_price_cents"
FROM "shop_orderitem"
WHERE "shop_orderitem"."order_id" = 11;

-- query 12 of 27
SELECT "shop_orderitem"."id",
       "shop_orderitem"."order_id",
       "shop_orderitem"."product_id",
       "shop_orderitem"."quantity",
       "shop_orderitem"."unit_price_cents"
FROM "shop_orderitem"
WHERE "shop_orderitem"."order_id" = 16;

-- query 13 of 27
SELECT "shop_order"."id",
       "shop_order"."customer_id",
       "shop_order"."created_at",
       "shop_order"."status",
       "shop_order"."shipped_at"
FROM "shop_order"
WHERE ("shop_order"."customer_id" = 3
       AND NOT ("shop_order"."status" = 'cancelled'));

-- query 14 of 27
SELECT "shop_orderitem"."id",
       "shop_orderitem"."order_id",
       "shop_orderitem"."product_id",
       "shop_orderitem"."quantity",
       "shop_orderitem"."unit_price_cents"
FROM "shop_orderitem"
WHERE "shop_orderitem"."order_id" = 4;

-- query 15 of 27
SELECT "shop_orderitem"."id",
       "shop_orderitem"."order_id",
       "shop_orderitem"."product_id",
       "shop_orderitem"."quantity",
       "shop_orderitem"."unit_price_cents"
FROM "shop_orderitem"
WHERE "shop_orderitem"."order_id" = 10;

-- query 16 of 27
SELECT "shop_orderitem"."id",
       "shop_orderitem"."order_id",
       "shop_orderitem"."product_id",
       "shop_orderitem"."quantity",
       "shop_orderitem"."unit_price_cents"
FROM "shop_orderitem"
WHERE "shop_orderitem"."order_id" = 18;

-- query 17 of 27
SELECT "shop_order"."id",
       "shop_order"."customer_id",
       "shop_order"."created_at",
       "shop_order"."status",
       "shop_order"."shipped_at"
FROM "shop_order"
WHERE ("shop_order"."customer_id" = 4
       AND NOT ("shop_order"."status" = 'cancelled'));

-- query 18 of 27
SELECT "shop_orderitem"."id",
       "shop_orderitem"."order_id",
       "shop_orderitem"."product_id",
       "shop_orderitem"."quantity",
       "shop_orderitem"."unit_price_cents"
FROM "shop_orderitem"
WHERE "shop_orderitem"."order_id" = 13;

-- query 19 of 27
SELECT "shop_order"."id",
       "shop_order"."customer_id",
       "shop_order"."created_at",
       "shop_order"."status",
       "shop_order"."shipped_at"
FROM "shop_order"
WHERE ("shop_order"."customer_id" = 5
       AND NOT ("shop_order"."status" = 'cancelled'));

-- query 20 of 27
SELECT "shop_orderitem"."id",
       "shop_orderitem"."order_id",
       "shop_orderitem"."product_id",
       "shop_orderitem"."quantity",
       "shop_orderitem"."unit_price_cents"
FROM "shop_orderitem"
WHERE "shop_orderitem"."order_id" = 7;

-- query 21 of 27
SELECT "shop_order"."id",
       "shop_order"."customer_id",
       "shop_order"."created_at",
       "shop_order"."status",
       "shop_order"."shipped_at"
FROM "shop_order"
WHERE ("shop_order"."customer_id" = 6
       AND NOT ("shop_order"."status" = 'cancelled'));

-- query 22 of 27
SELECT "shop_orderitem"."id",
       "shop_orderitem"."order_id",
       "shop_orderitem"."product_id",
       "shop_orderitem"."quantity",
       "shop_orderitem"."unit_price_cents"
FROM "shop_orderitem"
WHERE "shop_orderitem"."order_id" = 9;

-- query 23 of 27
SELECT "shop_orderitem"."id",
       "shop_orderitem"."order_id",
       "shop_orderitem"."product_id",
       "shop_orderitem"."quantity",
       "shop_orderitem"."unit_price_cents"
FROM "shop_orderitem"
WHERE "shop_orderitem"."order_id" = 17;

-- query 24 of 27
SELECT "shop_order"."id",
       "shop_order"."customer_id",
       "shop_order"."created_at",
       "shop_order"."status",
       "shop_order"."shipped_at"
FROM "shop_order"
WHERE ("shop_order"."customer_id" = 7
       AND NOT ("shop_order"."status" = 'cancelled'));

-- query 25 of 27
SELECT "shop_orderitem"."id",
       "shop_orderitem"."order_id",
       "shop_orderitem"."product_id",
       "shop_orderitem"."quantity",
       "shop_orderitem"."unit_price_cents"
FROM "shop_orderitem"
WHERE "shop_orderitem"."order_id" = 12;

-- query 26 of 27
SELECT "shop_orderitem"."id",
       "shop_orderitem"."order_id",
       "shop_orderitem"."product_id",
       "shop_orderitem"."quantity",
       "shop_orderitem"."unit_price_cents"
FROM "shop_orderitem"
WHERE "shop_orderitem"."order_id" = 20;

-- query 27 of 27
SELECT "shop_order"."id",
       "shop_order"."customer_id",
       "shop_order"."created_at",
       "shop_order"."status",
       "shop_order"."shipped_at"
FROM "shop_order"
WHERE ("shop_order"."customer_id" = 8
       AND NOT ("shop_order"."status" = 'cancelled'));
