-- query 1 of 2
SELECT "shop_customer"."id",
       "shop_customer"."name",
       "shop_customer"."email",
       "shop_customer"."city",
       "shop_customer"."joined_on"
FROM "shop_customer"
WHERE "shop_customer"."email" = 'alice@example.com'
LIMIT 21;

-- query 2 of 2
SELECT "shop_customer"."id",
       "shop_customer"."name",
       "shop_customer"."email",
       "shop_customer"."city",
       "shop_customer"."joined_on"
FROM "shop_customer"
WHERE "shop_customer"."email" = 'zoe@example.com'
LIMIT 21;
