-- query 1 of 3
SELECT "shop_order"."id",
       "shop_order"."customer_id",
       "shop_order"."created_at",
       "shop_order"."status",
       "shop_order"."shipped_at"
FROM "shop_order"
ORDER BY "shop_order"."created_at" DESC
LIMIT 3;

-- query 2 of 3
SELECT "shop_orderitem"."id",
       "shop_orderitem"."order_id",
       "shop_orderitem"."product_id",
       "shop_orderitem"."quantity",
       "shop_orderitem"."unit_price_cents"
FROM "shop_orderitem"
WHERE "shop_orderitem"."order_id" IN (20, 19, 18);

-- query 3 of 3
SELECT "shop_product"."id",
       "shop_product"."name",
       "shop_product"."category_id",
       "shop_product"."price_cents",
       "shop_product"."stock",
       "shop_product"."is_active"
FROM "shop_product"
WHERE "shop_product"."id" IN (2, 3, 6, 7);
