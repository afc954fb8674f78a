-- query 1 of 18
PRAGMA foreign_keys = OFF;

-- query 2 of 18
PRAGMA foreign_keys;

-- query 3 of 18
BEGIN;

-- query 4 of 18
PRAGMA foreign_key_check;

-- query 5 of 18
COMMIT;

-- query 6 of 18
PRAGMA foreign_keys = ON;

-- query 7 of 18
PRAGMA foreign_keys = OFF;

-- query 8 of 18
PRAGMA foreign_keys;

-- query 9 of 18
BEGIN;

-- query 10 of 18
CREATE TABLE "new__shop_product" (
  "id" integer NOT NULL PRIMARY KEY AUTOINCREMENT,
  "is_featured" bool NOT NULL,
  "name" varchar(200) NOT NULL,
  "category_id" bigint NOT NULL REFERENCES "shop_category" ("id") DEFERRABLE INITIALLY DEFERRED,
  "price_cents" integer unsigned NOT NULL CHECK ("price_cents" >= 0),
  "stock" integer unsigned NOT NULL CHECK ("stock" >= 0),
  "is_active" bool NOT NULL
);

-- query 11 of 18
INSERT INTO "new__shop_product" ("id",
                                 "name",
                                 "category_id",
                                 "price_cents",
                                 "stock",
                                 "is_active",
                                 "is_featured")
SELECT "id",
       "name",
       "category_id",
       "price_cents",
       "stock",
       "is_active",
       0
FROM "shop_product";

-- query 12 of 18
DROP TABLE "shop_product";

-- query 13 of 18
ALTER TABLE "new__shop_product" RENAME TO "shop_product";

-- query 14 of 18
CREATE INDEX "shop_product_category_id_14d7eea8" ON "shop_product" ("category_id");

-- query 15 of 18
PRAGMA foreign_key_check;

-- query 16 of 18
COMMIT;

-- query 17 of 18
PRAGMA foreign_keys = ON;

-- query 18 of 18
SELECT "shop_product"."name",
       "shop_product"."is_featured"
FROM "shop_product"
ORDER BY "shop_product"."id" ASC
LIMIT 3;
