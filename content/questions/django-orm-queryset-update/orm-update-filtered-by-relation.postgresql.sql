-- query 1 of 2
UPDATE "shop_product"
SET "stock" = ("shop_product"."stock" + 10)
WHERE "shop_product"."id" IN
    (SELECT U0."id"
     FROM "shop_product" U0
     INNER JOIN "shop_category" U1 ON (U0."category_id" = U1."id")
     WHERE (U1."name" = 'Books'
            AND U0."is_active"));

-- query 2 of 2
SELECT "shop_product"."name",
       "shop_product"."is_active",
       "shop_product"."stock"
FROM "shop_product"
INNER JOIN "shop_category" ON ("shop_product"."category_id" = "shop_category"."id")
WHERE "shop_category"."name" = 'Books'
ORDER BY "shop_product"."id" ASC;
