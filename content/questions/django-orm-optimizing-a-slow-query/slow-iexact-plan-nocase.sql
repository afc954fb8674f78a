-- The same query, with an index in the NOCASE collation.
EXPLAIN QUERY PLAN
SELECT "shop_customer"."name"
FROM "shop_customer"
WHERE "shop_customer"."email" LIKE 'Alice@Example.com' ESCAPE '\';
