-- query 1 of 4
SELECT "shop_product"."id",
       "shop_product"."name",
       "shop_product"."category_id",
       "shop_product"."price_cents",
       "shop_product"."stock",
       "shop_product"."is_active"
FROM "shop_product"
WHERE "shop_product"."id" IN (1, 2, 3)
ORDER BY "shop_product"."id" ASC;

-- query 2 of 4
BEGIN;

-- query 3 of 4
UPDATE "shop_product"
SET "stock" = (CASE
                   WHEN ("shop_product"."id" = 1) THEN 7
                   WHEN ("shop_product"."id" = 2) THEN 118
                   WHEN ("shop_product"."id" = 3) THEN 25
                   ELSE NULL
               END)::integer
WHERE "shop_product"."id" IN (1, 2, 3);

-- query 4 of 4
COMMIT;
