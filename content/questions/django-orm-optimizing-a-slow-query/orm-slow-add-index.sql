-- query 1 of 8
PRAGMA foreign_keys = OFF;

-- query 2 of 8
PRAGMA foreign_keys;

-- query 3 of 8
BEGIN;

-- query 4 of 8
CREATE INDEX "order_status_created_idx" ON "shop_order" ("status",
                                                         "created_at");

-- query 5 of 8
PRAGMA foreign_key_check;

-- query 6 of 8
COMMIT;

-- query 7 of 8
PRAGMA foreign_keys = ON;

-- query 8 of 8
SELECT "shop_order"."id",
       "shop_order"."created_at"
FROM "shop_order"
WHERE "shop_order"."status" = 'paid'
ORDER BY "shop_order"."created_at" ASC;
