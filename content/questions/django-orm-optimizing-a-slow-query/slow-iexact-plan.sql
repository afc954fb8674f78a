-- The iexact query of orm-slow-iexact, as Django sends it. shop_customer already has
-- a UNIQUE index on email (sqlite_autoindex_shop_customer_1).
EXPLAIN QUERY PLAN
SELECT "shop_customer"."name"
FROM "shop_customer"
WHERE "shop_customer"."email" LIKE 'Alice@Example.com' ESCAPE '\';
