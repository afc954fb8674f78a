-- query 1 of 13
PRAGMA foreign_keys = OFF;

-- query 2 of 13
PRAGMA foreign_keys;

-- query 3 of 13
BEGIN;

-- query 4 of 13
ALTER TABLE "shop_product"
DROP COLUMN "stock";

-- query 5 of 13
CREATE TABLE "new__shop_product" (
  "id" integer NOT NULL PRIMARY KEY AUTOINCREMENT,
  "units_in_stock" integer unsigned NOT NULL CHECK ("units_in_stock" >= 0),
  "name" varchar(200) NOT NULL,
  "category_id" bigint NOT NULL REFERENCES "shop_category" ("id") DEFERRABLE INITIALLY DEFERRED,
  "price_cents" integer unsigned NOT NULL CHECK ("price_cents" >= 0),
  "is_active" bool NOT NULL
);

-- query 6 of 13
INSERT INTO "new__shop_product" ("id",
                                 "name",
                                 "category_id",
                                 "price_cents",
                                 "is_active",
                                 "units_in_stock")
SELECT "id",
       "name",
       "category_id",
       "price_cents",
       "is_active",
       0
FROM "shop_product";

-- query 7 of 13
DROP TABLE "shop_product";

-- query 8 of 13
ALTER TABLE "new__shop_product" RENAME TO "shop_product";

-- query 9 of 13
CREATE INDEX "shop_product_category_id_14d7eea8" ON "shop_product" ("category_id");

-- query 10 of 13
PRAGMA foreign_key_check;

-- query 11 of 13
COMMIT;

-- query 12 of 13
PRAGMA foreign_keys = ON;

-- query 13 of 13
SELECT "shop_product"."name",
       "shop_product"."units_in_stock"
FROM "shop_product"
ORDER BY "shop_product"."id" ASC
LIMIT 3;
