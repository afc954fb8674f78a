SELECT "shop_orderitem"."quantity",
       "shop_customer"."name" AS "customer_name",
       "shop_product"."name" AS "product_name",
       "shop_category"."name" AS "category_name"
FROM "shop_orderitem"
INNER JOIN "shop_order" ON ("shop_orderitem"."order_id" = "shop_order"."id")
INNER JOIN "shop_customer" ON ("shop_order"."customer_id" = "shop_customer"."id")
INNER JOIN "shop_product" ON ("shop_orderitem"."product_id" = "shop_product"."id")
INNER JOIN "shop_category" ON ("shop_product"."category_id" = "shop_category"."id")
WHERE "shop_order"."created_at" >= '2025-06-01T00:00:00+00:00'::timestamptz
ORDER BY "shop_orderitem"."id" ASC;
