SELECT "shop_order"."id",
       "shop_order"."customer_id",
       "shop_order"."created_at",
       "shop_order"."status",
       "shop_order"."shipped_at",
       "shop_customer"."id",
       "shop_customer"."name",
       "shop_customer"."email",
       "shop_customer"."city",
       "shop_customer"."joined_on"
FROM "shop_order"
INNER JOIN "shop_customer" ON ("shop_order"."customer_id" = "shop_customer"."id")
ORDER BY "shop_order"."created_at" DESC
LIMIT 5;
