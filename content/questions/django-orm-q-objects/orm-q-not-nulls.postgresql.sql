-- query 1 of 4
SELECT COUNT(*) AS "__count"
FROM "shop_order";

-- query 2 of 4
SELECT COUNT(*) AS "__count"
FROM "shop_order"
WHERE "shop_order"."shipped_at" < '2025-01-01T00:00:00+00:00'::timestamptz;

-- query 3 of 4
SELECT COUNT(*) AS "__count"
FROM "shop_order"
WHERE "shop_order"."shipped_at" >= '2025-01-01T00:00:00+00:00'::timestamptz;

-- query 4 of 4
SELECT COUNT(*) AS "__count"
FROM "shop_order"
WHERE NOT ("shop_order"."shipped_at" < '2025-01-01T00:00:00+00:00'::timestamptz
           AND "shop_order"."shipped_at" IS NOT NULL);
