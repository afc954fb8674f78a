-- query 1 of 2
SELECT COUNT(*) AS "__count"
FROM "shop_order";

-- query 2 of 2
SELECT "shop_order"."id",
       "shop_order"."customer_id",
       "shop_order"."created_at",
       "shop_order"."status",
       "shop_order"."shipped_at"
FROM "shop_order"
ORDER BY "shop_order"."created_at" DESC,
         "shop_order"."id" DESC
LIMIT 5
OFFSET 15;
