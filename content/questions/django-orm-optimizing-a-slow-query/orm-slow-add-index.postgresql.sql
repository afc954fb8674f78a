-- query 1 of 4
BEGIN;

-- query 2 of 4
CREATE INDEX "order_status_created_idx" ON "shop_order" ("status",
                                                         "created_at");

-- query 3 of 4
COMMIT;

-- query 4 of 4
SELECT "shop_order"."id",
       "shop_order"."created_at"
FROM "shop_order"
WHERE "shop_order"."status" = 'paid'
ORDER BY "shop_order"."created_at" ASC;
