SELECT "shop_order"."id",
       "shop_order"."customer_id",
       "shop_order"."created_at",
       "shop_order"."status",
       "shop_order"."shipped_at",
       COUNT("shop_orderitem"."id") AS "item_count",
       SUM(("shop_orderitem"."quantity" * "shop_orderitem"."unit_price_cents")) AS "total_cents",
       "shop_customer"."id",
       "shop_customer"."name",
       "shop_customer"."email",
       "shop_customer"."city",
       "shop_customer"."joined_on"
FROM "shop_order"
LEFT OUTER JOIN "shop_orderitem" ON ("shop_order"."id" = "shop_orderitem"."order_id")
INNER JOIN "shop_customer" ON ("shop_order"."customer_id" = "shop_customer"."id")
GROUP BY "shop_order"."id",
         "shop_order"."customer_id",
         "shop_order"."created_at",
         "shop_order"."status",
         "shop_order"."shipped_at",
         "shop_customer"."id",
         "shop_customer"."name",
         "shop_customer"."email",
         "shop_customer"."city",
         "shop_customer"."joined_on"
ORDER BY "shop_order"."created_at" DESC
LIMIT 5;
