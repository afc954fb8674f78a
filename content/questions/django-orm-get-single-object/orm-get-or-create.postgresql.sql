-- query 1 of 5
SELECT "shop_customer"."id",
       "shop_customer"."name",
       "shop_customer"."email",
       "shop_customer"."city",
       "shop_customer"."joined_on"
FROM "shop_customer"
WHERE "shop_customer"."email" = 'zoe@example.com'
LIMIT 21;

-- query 2 of 5
BEGIN;

-- query 3 of 5
INSERT INTO "shop_customer" ("name",
                             "email",
                             "city",
                             "joined_on")
VALUES ('Zoe Park', 'zoe@example.com', 'Oslo', '2025-07-01'::date) RETURNING "shop_customer"."id";

-- query 4 of 5
COMMIT;

-- query 5 of 5
SELECT "shop_customer"."id",
       "shop_customer"."name",
       "shop_customer"."email",
       "shop_customer"."city",
       "shop_customer"."joined_on"
FROM "shop_customer"
WHERE "shop_customer"."email" = 'zoe@example.com'
LIMIT 21;
