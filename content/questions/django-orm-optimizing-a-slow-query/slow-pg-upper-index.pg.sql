-- Eight customers are cheaper to read than any index: price sequential scans out to see what an index can do.
SET enable_seqscan = off;
-- An index on Lower("email"): the planner cannot match it to UPPER(…)
CREATE INDEX customer_email_lower_idx ON "shop_customer" ((LOWER("email")));
EXPLAIN (COSTS OFF)
SELECT "shop_customer"."name" FROM "shop_customer"
WHERE UPPER("shop_customer"."email"::text) = UPPER('Alice@Example.com');
-- The index models.Index(Upper("email"), name="customer_email_upper_idx") creates
CREATE INDEX customer_email_upper_idx ON "shop_customer" ((UPPER("email")));
EXPLAIN (COSTS OFF)
SELECT "shop_customer"."name" FROM "shop_customer"
WHERE UPPER("shop_customer"."email"::text) = UPPER('Alice@Example.com');
SELECT "shop_customer"."name" FROM "shop_customer"
WHERE UPPER("shop_customer"."email"::text) = UPPER('Alice@Example.com');
