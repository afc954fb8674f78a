-- query 1 of 23
PRAGMA foreign_keys = OFF;

-- query 2 of 23
PRAGMA foreign_keys;

-- query 3 of 23
BEGIN;

-- query 4 of 23
CREATE TABLE "shop_inventory" (
  "id" integer NOT NULL PRIMARY KEY AUTOINCREMENT,
  "product_id" bigint NOT NULL UNIQUE REFERENCES "shop_product" ("id") DEFERRABLE INITIALLY DEFERRED,
  "stock" integer unsigned NOT NULL CHECK ("stock" >= 0)
);

-- query 5 of 23
PRAGMA foreign_key_check;

-- query 6 of 23
COMMIT;

-- query 7 of 23
PRAGMA foreign_keys = ON;

-- query 8 of 23
PRAGMA foreign_keys = OFF;

-- query 9 of 23
PRAGMA foreign_keys;

-- query 10 of 23
BEGIN;

-- query 11 of 23
SELECT "shop_product"."id",
       "shop_product"."stock"
FROM "shop_product"
ORDER BY "shop_product"."id" ASC;

-- query 12 of 23
INSERT INTO "shop_inventory" ("product_id",
                              "stock")
VALUES (1, 8),
       (2, 120),
       (3, 25),
       (4, 0),
       (5, 14),
       (6, 30),
       (7, 12),
       (8, 0),
       (9, 7),
       (10, 15),
       (11, 3),
       (12, 22) RETURNING "shop_inventory"."id";

-- query 13 of 23
PRAGMA foreign_key_check;

-- query 14 of 23
COMMIT;

-- query 15 of 23
PRAGMA foreign_keys = ON;

-- query 16 of 23
PRAGMA foreign_keys = OFF;

-- query 17 of 23
PRAGMA foreign_keys;

-- query 18 of 23
BEGIN;

-- query 19 of 23
ALTER TABLE "shop_product"
DROP COLUMN "stock";

-- query 20 of 23
PRAGMA foreign_key_check;

-- query 21 of 23
COMMIT;

-- query 22 of 23
PRAGMA foreign_keys = ON;

-- query 23 of 23
SELECT "shop_product"."name",
       "shop_inventory"."stock"
FROM "shop_inventory"
INNER JOIN "shop_product" ON ("shop_inventory"."product_id" = "shop_product"."id")
ORDER BY "shop_inventory"."product_id" ASC
LIMIT 3;
