SELECT "shop_order"."id",
       "shop_order"."customer_id",
       "shop_order"."created_at",
       "shop_order"."status",
       "shop_order"."shipped_at"
FROM "shop_order"
WHERE "shop_order"."id" IN
    (SELECT U0."id"
     FROM "shop_order" U0
     ORDER BY U0."created_at" DESC, U0."id" DESC
     LIMIT 5
     OFFSET 10)
ORDER BY "shop_order"."created_at" DESC,
         "shop_order"."id" DESC;
