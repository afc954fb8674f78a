-- The queue query: its WHERE matches the index's condition.
EXPLAIN QUERY PLAN
SELECT "shop_order"."id",
       "shop_order"."created_at"
FROM "shop_order"
WHERE "shop_order"."status" = 'paid'
ORDER BY "shop_order"."created_at" ASC;

-- The same query for shipped orders: the index has none of them.
EXPLAIN QUERY PLAN
SELECT "shop_order"."id",
       "shop_order"."created_at"
FROM "shop_order"
WHERE "shop_order"."status" = 'shipped'
ORDER BY "shop_order"."created_at" ASC;
