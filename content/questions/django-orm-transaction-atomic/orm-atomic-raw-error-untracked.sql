-- query 1 of 5
BEGIN;

-- query 2 of 5
UPDATE shop_product
SET stock = stock - 1
WHERE id = 4;

-- query 3 of 5
UPDATE shop_product
SET stock = stock - 1
WHERE id = 2;

-- query 4 of 5
COMMIT;

-- query 5 of 5
SELECT "shop_product"."id",
       "shop_product"."stock"
FROM "shop_product"
WHERE "shop_product"."id" IN (2, 4)
ORDER BY "shop_product"."id" ASC;
