-- query 1 of 2
UPDATE "shop_product"
SET "price_cents" = ("shop_product"."price_cents" * 1.1)
WHERE "shop_product"."id" IN
    (SELECT U0."id"
     FROM "shop_product" U0
     INNER JOIN "shop_category" U1 ON (U0."category_id" = U1."id")
     WHERE U1."name" = 'Electronics');

-- query 2 of 2
SELECT "shop_product"."name",
       "shop_product"."price_cents"
FROM "shop_product"
INNER JOIN "shop_category" ON ("shop_product"."category_id" = "shop_category"."id")
WHERE "shop_category"."name" = 'Electronics'
ORDER BY "shop_product"."id" ASC;
