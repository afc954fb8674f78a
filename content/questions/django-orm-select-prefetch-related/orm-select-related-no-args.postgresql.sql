SELECT "shop_orderitem"."id",
       "shop_orderitem"."order_id",
       "shop_orderitem"."product_id",
       "shop_orderitem"."quantity",
       "shop_orderitem"."unit_price_cents",
       "shop_order"."id",
       "shop_order"."customer_id",
       "shop_order"."created_at",
       "shop_order"."status",
       "shop_order"."shipped_at",
       "shop_customer"."id",
       "shop_customer"."name",
       "shop_customer"."email",
       "shop_customer"."city",
       "shop_customer"."joined_on",
       "shop_product"."id",
       "shop_product"."name",
       "shop_product"."category_id",
       "shop_product"."price_cents",
       "shop_product"."stock",
       "shop_product"."is_active",
       "shop_category"."id",
       "shop_category"."name"
FROM "shop_orderitem"
INNER JOIN "shop_order" ON ("shop_orderitem"."order_id" = "shop_order"."id")
INNER JOIN "shop_customer" ON ("shop_order"."customer_id" = "shop_customer"."id")
INNER JOIN "shop_product" ON ("shop_orderitem"."product_id" = "shop_product"."id")
INNER JOIN "shop_category" ON ("shop_product"."category_id" = "shop_category"."id")
ORDER BY "shop_orderitem"."id" DESC
LIMIT 2;
