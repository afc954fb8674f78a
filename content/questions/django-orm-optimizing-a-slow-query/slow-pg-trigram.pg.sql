-- Twelve products are cheaper to read than any index: price sequential scans out to see the plan.
SET enable_seqscan = off;
-- Product.objects.filter(name__icontains="mouse"), as Django 4.2 sends it
EXPLAIN (COSTS OFF)
SELECT "shop_product"."name" FROM "shop_product"
WHERE UPPER("shop_product"."name"::text) LIKE UPPER('%mouse%');
SELECT "shop_product"."name" FROM "shop_product"
WHERE UPPER("shop_product"."name"::text) LIKE UPPER('%mouse%');
