-- query 1 of 8
BEGIN;

-- query 2 of 8
SELECT "shop_customer"."id",
       "shop_customer"."name",
       "shop_customer"."email",
       "shop_customer"."city",
       "shop_customer"."joined_on"
FROM "shop_customer"
WHERE ("shop_customer"."email" = 'alice@example.com'
       AND "shop_customer"."name" = 'Alice M.')
LIMIT 21;

-- query 3 of 8
SAVEPOINT "s1_x1";

-- query 4 of 8
INSERT INTO "shop_customer" ("name",
                             "email",
                             "city",
                             "joined_on")
VALUES ('Alice M.', 'alice@example.com', 'Paris', '2023-02-14'::date) RETURNING "shop_customer"."id";

-- query 5 of 8
ROLLBACK TO SAVEPOINT "s1_x1";

-- query 6 of 8
RELEASE SAVEPOINT "s1_x1";

-- query 7 of 8
SELECT "shop_customer"."id",
       "shop_customer"."name",
       "shop_customer"."email",
       "shop_customer"."city",
       "shop_customer"."joined_on"
FROM "shop_customer"
WHERE ("shop_customer"."email" = 'alice@example.com'
       AND "shop_customer"."name" = 'Alice M.')
LIMIT 21;

-- query 8 of 8
ROLLBACK;
