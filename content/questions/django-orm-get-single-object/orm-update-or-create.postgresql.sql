-- query 1 of 5
BEGIN;

-- query 2 of 5
SELECT "shop_customer"."id",
       "shop_customer"."name",
       "shop_customer"."email",
       "shop_customer"."city",
       "shop_customer"."joined_on"
FROM "shop_customer"
WHERE "shop_customer"."email" = 'alice@example.com'
LIMIT 21
FOR
UPDATE;

-- query 3 of 5
UPDATE "shop_customer"
SET "city" = 'Lyon',
    "joined_on" = '2023-02-14'::date
WHERE "shop_customer"."id" = 1;

-- query 4 of 5
COMMIT;

-- query 5 of 5
SELECT "shop_customer"."city"
FROM "shop_customer"
WHERE "shop_customer"."email" = 'alice@example.com'
LIMIT 21;
