-- The queue query of orm-slow-add-index, as Django sends it, without the index.
EXPLAIN QUERY PLAN
SELECT "shop_order"."id",
       "shop_order"."created_at"
FROM "shop_order"
WHERE "shop_order"."status" = 'paid'
ORDER BY "shop_order"."created_at" ASC;
