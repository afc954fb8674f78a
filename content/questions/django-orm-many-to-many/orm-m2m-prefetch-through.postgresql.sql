-- query 1 of 2
SELECT "shop_order"."id",
       "shop_order"."customer_id",
       "shop_order"."created_at",
       "shop_order"."status",
       "shop_order"."shipped_at"
FROM "shop_order"
INNER JOIN "shop_customer" ON ("shop_order"."customer_id" = "shop_customer"."id")
WHERE "shop_customer"."name" = 'Alice Martin'
ORDER BY "shop_order"."id" ASC;

-- query 2 of 2
SELECT ("shop_orderitem"."order_id") AS "_prefetch_related_val_order_id",
       "shop_product"."id",
       "shop_product"."name",
       "shop_product"."category_id",
       "shop_product"."price_cents",
       "shop_product"."stock",
       "shop_product"."is_active"
FROM "shop_product"
INNER JOIN "shop_orderitem" ON ("shop_product"."id" = "shop_orderitem"."product_id")
WHERE "shop_orderitem"."order_id" IN (1, 3, 8, 14, 19);
